/**
 * `npm run model:train`: trains the learned FI sentence reader on the training corpora (see
 * corpora.ts: the development sets and the spoiled held-out sets, never a clean measurement set)
 * and writes `pipelines/models/fi-sentence.json`. Deterministic: the same data give the same file.
 * Cross-validation and the threshold's choice: scripts/fi-model/cv.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../src/lexicon/load.ts';
import { FiModelFile, trainFiModel, type Dimension, type Direction } from '../../src/learn/fi-model.ts';
import { DIRECTION_THRESHOLD, MODEL_OPTIONS, MODEL_THRESHOLD, TRAINING_CORPORA } from './corpora.ts';
import { readCorpus } from './dataset.ts';


const trainedOn: { corpus: string; cases: number }[] = [];
const rows = [];
for (const [group, dir] of TRAINING_CORPORA) {
  const cases = await readCorpus(dir, group);
  trainedOn.push({ corpus: relative(PROJECT_ROOT, dir), cases: cases.length });
  for (const c of cases) for (const s of c.sentences) {
    rows.push({ view: s, pairs: s.gold.map((p) => { const [dimension, direction] = p.split('|'); return { dimension: dimension as Dimension, direction: direction as Direction }; }) });
  }
}
const model = FiModelFile.parse({
  id: 'fi-sentence',
  version: new Date().toISOString().slice(0, 10),
  description: 'Functional-improvement evidence per sentence: one logistic model per dimension and per direction over words, word pairs, negated words, value movements, the section and ConText categories.',
  example: '"Now walks the dog around the block (was only to the mailbox)." -> activity_tolerance improved',
  trainedOn,
  threshold: MODEL_THRESHOLD,
  directionThreshold: DIRECTION_THRESHOLD,
  options: MODEL_OPTIONS,
  ...trainFiModel(rows, MODEL_OPTIONS),
});
mkdirSync(join(PROJECT_ROOT, 'pipelines', 'models'), { recursive: true });
const out = join(PROJECT_ROOT, 'pipelines', 'models', 'fi-sentence.json');
// One line per weight table keeps the header readable and the file diffable by model.
const table = (m: Record<string, { weights: Record<string, number> }>) => `{\n${Object.entries(m).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n }`;
const { dimensions, directions, ...head } = model;
writeFileSync(out, `${JSON.stringify(head, null, 1).slice(0, -2)},\n "dimensions": ${table(dimensions)},\n "directions": ${table(directions)}\n}\n`);
const weights = Object.values(model.dimensions).concat(Object.values(model.directions)).reduce((n, m) => n + Object.keys(m.weights).length, 0);
console.log(`${relative(PROJECT_ROOT, out)}: ${rows.length} sentences from ${trainedOn.length} corpora, ${weights} weights`);
