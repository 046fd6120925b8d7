import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gatedMetrics } from '../../src/eval/gate.ts';
import { runNegationEval } from '../../src/eval/negation.ts';
import { createContextEngine } from '../../src/text/context.ts';
import { evalCases } from '../../src/eval/run-cases.ts';
import { PROJECT_ROOT } from '../../src/lexicon/load.ts';
import { createPipeline } from '../../src/pipeline/create-pipeline.ts';

export const SHARED_CORPORA = join(PROJECT_ROOT, '..', 'shared', 'corpora');
export const GATED_CORPORA = ['dwc-imr', 'notes', 'negex'] as const;

/** Runs the eval of one shared corpus and returns its gated metrics, or null when it is absent. */
export async function measureCorpus(name: (typeof GATED_CORPORA)[number], out: string): Promise<Record<string, number> | null> {
  const dir = join(SHARED_CORPORA, name);
  if (!existsSync(dir)) return null;
  if (name === 'negex') {
    const m = runNegationEval(createContextEngine(), join(dir, 'dev.jsonl'), join(out, 'negex.jsonl'));
    if (!m) return null;
    const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
    return { 'negated.precision': r4(m.precision), 'negated.recall': r4(m.recall), 'negated.f1': r4(m.f1) };
  }
  const { metrics } = await evalCases(createPipeline(), { corpus: dir, out });
  return metrics ? gatedMetrics(metrics) : null;
}
