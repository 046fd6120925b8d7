/**
 * `npx tsx scripts/fit-calibration.ts [--corpus ../shared/corpora/dwc-imr] [--k 5] [--write] [--dump-rows <file>]`:
 * refits `pipelines/calibration/decision.yaml` from a labelled IMR corpus. Every case is screened
 * by the default pipeline; each item's criterion results are paired with the reviewer's gap codes
 * and decision; settings are chosen by k-fold cross-validation (folds by case) and the numbers
 * fitted on every item. It prints the dev-set figures next to nested cross-validated ones (settings
 * and numbers fitted without the held-out fold), which are what to expect on unseen letters.
 * It writes the file only with --write: the decider uses the file whenever it exists, so write it
 * only when the cross-validated figures beat the rules alone (printed first). Measured on dwc-imr
 * (313 items) they did not, so no calibration ships; see docs/rules.md, Calibration.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_CALIBRATION, createCalibrator } from '../src/decide/calibration.ts';
import { chooseHyper, nestedCrossValidation, predictRow, scoreRows, type RowScore } from '../src/decide/cross-validate.ts';
import { fitCalibration, type FitRow } from '../src/decide/fit-calibration.ts';
import { loadRulePacks } from '../src/decide/load-rule-packs.ts';
import { buildCaseInput } from '../src/intake/index.ts';
import { PROJECT_ROOT } from '../src/lexicon/load.ts';
import { createPipeline } from '../src/pipeline/create-pipeline.ts';
import { loadPipelineDefinition } from '../src/pipeline/definition.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const corpus = arg('corpus', join(PROJECT_ROOT, '..', 'shared', 'corpora', 'dwc-imr'));
const k = Number(arg('k', '5'));
const write = process.argv.includes('--write');

const definition = loadPipelineDefinition();
const pipeline = createPipeline(definition);
const gapOf = new Map(loadRulePacks(definition.rulePackFiles).flatMap((p) => p.criteria.map((c) => [c.id, c.gap] as const)));

const rows: FitRow[] = [];
for (const f of readdirSync(join(corpus, 'cases')).filter((x) => x.endsWith('.json')).sort()) {
  const result = pipeline.run(await buildCaseInput({ files: [join(corpus, 'cases', f)], requests: [] }));
  const gold = JSON.parse(readFileSync(join(corpus, 'labels', f), 'utf8')) as { items: { item_index: number; gaps?: string[]; decision: 'Upheld' | 'Overturned' }[] };
  for (const s of result.items) {
    const g = gold.items.find((x) => x.item_index === s.item.index);
    if (!g) continue;
    rows.push({
      caseId: result.caseId, packId: s.packId,
      criteria: s.criteria.map((c) => ({ criterionId: c.criterionId, status: c.status, gap: gapOf.get(c.criterionId) ?? 'OTHER' })),
      goldGaps: g.gaps ?? [], goldDecision: g.decision,
    });
  }
}

if (process.argv.includes("--dump-rows")) writeFileSync(arg("dump-rows", "/dev/null"), JSON.stringify(rows));
const fmt = (s: RowScore) => `gaps P ${s.gapP.toFixed(3)} R ${s.gapR.toFixed(3)} F1 ${s.gapF1.toFixed(3)} | balanced accuracy ${s.balancedAccuracy.toFixed(3)} | Overturned recall ${s.overturnedRecall.toFixed(3)} | ${JSON.stringify(s.confusion)}`;
const rulesOnly = scoreRows(rows, rows.map((r) => {
  const failing = r.criteria.filter((c) => c.status === 'not_met' || c.status === 'not_documented');
  return { gaps: new Set(failing.map((c) => c.gap)), decision: failing.length || r.packId === null ? 'Upheld' as const : 'Overturned' as const, pOver: 0 };
}));
const cv = nestedCrossValidation(rows, k).score;
const hyper = chooseHyper(rows, k);
const fitted = {
  corpus: relative(PROJECT_ROOT, corpus), items: rows.length, command: `npx tsx scripts/fit-calibration.ts --k ${k}`,
  crossValidated: { gapF1: +cv.gapF1.toFixed(4), balancedAccuracy: +cv.balancedAccuracy.toFixed(4), overturnedRecall: +cv.overturnedRecall.toFixed(4), folds: k },
};
const calibration = fitCalibration(rows, hyper, fitted);
const dev = scoreRows(rows, rows.map((r) => predictRow(createCalibrator(calibration), r)));
console.log(`${rows.length} items from ${corpus}`);
console.log(`rules alone (no calibration):  ${fmt(rulesOnly)}`);
console.log(`settings (chosen by ${k}-fold CV): ${JSON.stringify(hyper)}`);
console.log(`dev (fitted on all items):   ${fmt(dev)}`);
console.log(`nested ${k}-fold CV (held out): ${fmt(cv)}`);

if (write) {
  const header = [
    '# Decision calibration: LEARNED NUMBERS, do not edit by hand. Refit with',
    `#   ${fitted.command}`,
    `# Fitted on ${rows.length} labelled items of ${fitted.corpus} (reviewers' gap codes and IMR decisions).`,
    '# gaps.rates: how often reviewers raised a criterion\'s gap code at each result status, shrunk toward the',
    '#   status-wide rate (2 pseudo-items); a result raises its gap when the rate reaches gaps.threshold.',
    '# decision: naive-Bayes log-odds of Overturned (pack rate shrunk toward the corpus rate, plus a likelihood',
    '#   ratio per criterion result, scaled); Overturned when P >= decision.threshold, chosen for balanced accuracy.',
    `# Settings were chosen by ${k}-fold cross-validation by case; fitted.crossValidated holds nested CV figures.`,
  ].join('\n');
  mkdirSync(dirname(DEFAULT_CALIBRATION), { recursive: true });
  writeFileSync(DEFAULT_CALIBRATION, `${header}\n${stringify(calibration, { lineWidth: 0 })}`);
  console.log(`wrote ${relative(PROJECT_ROOT, DEFAULT_CALIBRATION)}`);
}
