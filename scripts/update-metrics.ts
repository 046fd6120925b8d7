/**
 * `npm run metrics:update`: rewrites the gate's baselines in `corpora/metrics/` from fresh runs of
 * `prescreen eval cases` on ../shared/corpora and `prescreen eval negation` on the NegEx dev half.
 * Run it only when a change raised metrics (or, consciously, accepted a fall), and commit the files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATED_CORPORA, measureCorpus } from '../test/eval/measure.ts';
import { PROJECT_ROOT } from '../src/lexicon/load.ts';

for (const name of GATED_CORPORA) {
  const metrics = await measureCorpus(name, mkdtempSync(join(tmpdir(), `metrics-${name}-`)));
  if (!metrics) throw new Error(`../shared/corpora/${name} not found`);
  writeFileSync(join(PROJECT_ROOT, 'corpora', 'metrics', `${name}.json`), `${JSON.stringify(metrics, null, 2)}\n`);
  console.log(`${name}: ${Object.keys(metrics).length} metrics written`);
}
