/**
 * Cross-validation of the learned FI reader beside the rules: cases are split into folds; each fold
 * is read by a model trained on the others, and the case-level (dimension, direction) sets of rules
 * alone and rules + model are scored per corpus group, with FI status accuracy.
 *   npm run model:cv [-- threshold ...]   (env: EVAL=<sets>, DIRP, EPOCHS, RATE, L2, POSW, MODE, CACHE, SHOW)
 */
import { readSentence, trainFiModel, type Dimension, type Direction } from '../../src/learn/fi-model.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/lexicon/load.ts';
import { DIRECTION_THRESHOLD, MODEL_OPTIONS, MODEL_THRESHOLD, TRAINING_CORPORA } from './corpora.ts';
import { readCorpus, type CaseRows, type Pair } from './dataset.ts';

const FOLDS = 5;
const thresholds = process.argv.slice(2).map(Number).filter((x) => !Number.isNaN(x));
const options = { epochs: Number(process.env.EPOCHS ?? MODEL_OPTIONS.epochs), rate: Number(process.env.RATE ?? MODEL_OPTIONS.rate), l2: Number(process.env.L2 ?? MODEL_OPTIONS.l2), positiveWeight: Number(process.env.POSW ?? MODEL_OPTIONS.positiveWeight) };
const mode = process.env.MODE ?? 'dimension'; // 'dimension': model adds a dimension the rules lack in the sentence; 'sentence': only sentences without rule evidence

// CACHE=<file>: reuse the sentence rows of an earlier run (the pipeline output must not have changed).
const cached = async (dir: string, group: string) => {
  const file = process.env.CACHE ? `${process.env.CACHE}.${group}.json` : null;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as CaseRows[];
  const rows = await readCorpus(dir, group);
  if (file) writeFileSync(file, JSON.stringify(rows));
  return rows;
};
// EVAL=heldout-11,...: train on every training corpus but those, score only those sets (aggregates only).
const evalSets = (process.env.EVAL ?? '').split(',').filter(Boolean);
const cases: CaseRows[] = [];
for (const [group, dir] of TRAINING_CORPORA) if (!evalSets.includes(group)) cases.push(...(await cached(dir, group)));
const evalCases: CaseRows[] = [];
for (const set of evalSets) evalCases.push(...(await cached(join(PROJECT_ROOT, 'corpora', set), set)));
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
// A held-out set is one writer's: its cases stay in one fold, so a fold is read by a model that never saw that writer.
const fold = (c: CaseRows) => hash(c.group.startsWith('heldout') ? c.group : c.caseId) % FOLDS;
const toPairs = (xs: readonly Pair[]) => xs.map((p) => { const [dimension, direction] = p.split('|'); return { dimension: dimension as Dimension, direction: direction as Direction }; });

const status = (pairs: Set<Pair>) => {
  if (!pairs.size) return 'not_addressed';
  const dirs = [...pairs].map((p) => p.split('|')[1]);
  const imp = dirs.includes('improved');
  const against = dirs.some((d) => d !== 'improved');
  return imp && against ? 'mixed' : imp ? 'documented' : 'stated_absent';
};

type Tally = { tp: number; fp: number; fn: number; status: number; statusN: number };
const blank = (): Tally => ({ tp: 0, fp: 0, fn: 0, status: 0, statusN: 0 });
const add = (t: Tally, pred: Set<Pair>, c: CaseRows) => {
  const gold = new Set(c.goldPairs);
  for (const p of pred) (gold.has(p) ? t.tp++ : t.fp++);
  for (const p of gold) if (!pred.has(p)) t.fn++;
  if (c.goldStatus) { t.statusN++; if (status(pred) === c.goldStatus) t.status++; }
};
const f1 = (t: Tally) => { const p = t.tp / (t.tp + t.fp || 1); const r = t.tp / (t.tp + t.fn || 1); return { p, r, f: (2 * p * r) / (p + r || 1) }; };

const predictions = new Map<string, { c: CaseRows; readings: ReturnType<typeof readSentence>[] }>();
if (evalSets.length) {
  const train = cases.flatMap((c) => c.sentences.map((s) => ({ view: s, pairs: toPairs(s.gold) })));
  const model = { ...trainFiModel(train, options), threshold: 0 };
  for (const c of evalCases) predictions.set(c.caseId + c.group, { c, readings: c.sentences.map((s) => (s.excluded ? [] : readSentence(model, s))) });
}
for (let k = 0; k < (evalSets.length ? 0 : FOLDS); k++) {
  const train = cases.filter((c) => fold(c) !== k).flatMap((c) => c.sentences.map((s) => ({ view: s, pairs: toPairs(s.gold) })));
  const model = { ...trainFiModel(train, options), threshold: 0 };
  for (const c of cases.filter((x) => fold(x) === k)) {
    predictions.set(c.caseId + c.group, { c, readings: c.sentences.map((s) => (s.excluded ? [] : readSentence(model, s))) });
  }
}

for (const th of thresholds.length ? thresholds : [MODEL_THRESHOLD]) {
  const groups = new Map<string, { rules: Tally; both: Tally }>();
  for (const { c, readings } of predictions.values()) {
    const g = groups.get(c.group) ?? { rules: blank(), both: blank() };
    groups.set(c.group, g);
    const rules = new Set(c.rulePairs);
    add(g.rules, rules, c);
    const both = new Set(rules);
    c.sentences.forEach((s, i) => {
      if (mode === 'sentence' && s.rules.length) return;
      for (const r of readings[i]) {
        if (r.probability < th) continue;
        if (r.directionProbability < Number(process.env.DIRP ?? DIRECTION_THRESHOLD)) continue;
        if (process.env.DIRS && !process.env.DIRS.split(',').includes(r.direction)) continue;
        if (s.rules.some((p) => p.startsWith(`${r.dimension}|`))) continue;
        both.add(`${r.dimension}|${r.direction}`);
        if (process.env.SHOW && process.env.SHOW.split(',').includes(c.group) && !c.goldPairs.includes(`${r.dimension}|${r.direction}`)) console.log(`FP ${c.group} ${c.caseId} ${r.dimension}|${r.direction} ${r.probability.toFixed(2)} [${r.reasons.join(' ')}] ${s.text.slice(0, 200).replace(/\s+/gu, ' ')}`);
      }
    });
    add(g.both, both, c);
  }
  console.log(`threshold ${th} (mode ${mode}, ${JSON.stringify(options)})`);
  const total = { rules: blank(), both: blank() };
  for (const [name, g] of [...groups.entries()].sort()) {
    for (const k of ['rules', 'both'] as const) for (const key of Object.keys(total[k]) as (keyof Tally)[]) total[k][key] += g[k][key];
    const [a, b] = [f1(g.rules), f1(g.both)];
    console.log(`  ${name.padEnd(12)} F1 ${a.f.toFixed(3)} -> ${b.f.toFixed(3)}  (P ${a.p.toFixed(2)}->${b.p.toFixed(2)} R ${a.r.toFixed(2)}->${b.r.toFixed(2)})  status ${(g.rules.status / (g.rules.statusN || 1)).toFixed(3)} -> ${(g.both.status / (g.both.statusN || 1)).toFixed(3)}`);
  }
  const [a, b] = [f1(total.rules), f1(total.both)];
  console.log(`  ${'ALL'.padEnd(12)} F1 ${a.f.toFixed(3)} -> ${b.f.toFixed(3)}  (P ${a.p.toFixed(2)}->${b.p.toFixed(2)} R ${a.r.toFixed(2)}->${b.r.toFixed(2)})`);
}
