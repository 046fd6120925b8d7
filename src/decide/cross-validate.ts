import { createCalibrator, type Calibrator } from './calibration.ts';
import { fitCalibration, type FitRow, type Hyper } from './fit-calibration.ts';

/** What a calibration predicts for one labelled row (the same rules as `calibrated-outcome.ts`). */
export interface RowPrediction { gaps: Set<string>; decision: 'Upheld' | 'Overturned'; pOver: number }

export function predictRow(cal: Calibrator, row: FitRow): RowPrediction {
  const pOver = cal.overturnedProbability(row.packId, row.criteria);
  const overturned = row.packId !== null && cal.overturned(row.packId, row.criteria);
  const g = cal.settings.gaps;
  const withCandidate = row.criteria.filter((c) => c.status !== 'not_applicable');
  let raised = withCandidate.filter((c) => cal.raisesGap(c.criterionId, c.status));
  if (!overturned && raised.length === 0 && g.atLeastOneWhenUpheld) {
    const failing = withCandidate.filter((c) => c.status !== 'met');
    const best = failing.sort((a, b) => cal.gapRate(b.criterionId, b.status).p - cal.gapRate(a.criterionId, a.status).p)[0];
    if (best) raised = [best];
  }
  if (overturned && g.noneWhenOverturned) raised = [];
  return { gaps: new Set(raised.map((c) => c.gap)), decision: overturned ? 'Overturned' : 'Upheld', pOver };
}

/** The figures of `spec/evaluation.md` for gaps and decisions, computed on rows. */
export interface RowScore { gapP: number; gapR: number; gapF1: number; tp: number; fp: number; fn: number; balancedAccuracy: number; overturnedRecall: number; confusion: Record<string, number> }

export function scoreRows(rows: FitRow[], preds: RowPrediction[]): RowScore {
  let tp = 0, fp = 0, fn = 0;
  const conf: Record<string, number> = {};
  rows.forEach((r, i) => {
    const gold = new Set(r.goldGaps.filter((c) => c !== 'OTHER'));
    const pred = new Set([...preds[i].gaps].filter((c) => c !== 'OTHER'));
    for (const c of pred) if (gold.has(c)) tp++; else fp++;
    for (const c of gold) if (!pred.has(c)) fn++;
    const k = `${r.goldDecision}->${preds[i].decision}`;
    conf[k] = (conf[k] ?? 0) + 1;
  });
  const c = (k: string) => conf[k] ?? 0;
  const nUp = c('Upheld->Upheld') + c('Upheld->Overturned');
  const nOv = c('Overturned->Overturned') + c('Overturned->Upheld');
  const spec = nUp ? c('Upheld->Upheld') / nUp : 0;
  const sens = nOv ? c('Overturned->Overturned') / nOv : 0;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { gapP: p, gapR: r, gapF1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn, balancedAccuracy: (spec + sens) / 2, overturnedRecall: sens, confusion: conf };
}

/** Folds by case (items of one letter share a reviewer and a record), assigned by a stable hash of the case id. */
export function foldOf(caseId: string, k: number): number {
  let h = 2166136261;
  for (const ch of caseId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % k;
}

const FITTED = { corpus: 'cv', items: 1, command: 'cv', crossValidated: {} };
const GAP_GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55];
const DECISION_GRID = [0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];

/** Out-of-fold predictions of rows for fixed settings. */
function outOfFold(rows: FitRow[], h: Hyper, k: number): RowPrediction[] {
  const preds: RowPrediction[] = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const train = rows.filter((r) => foldOf(r.caseId, k) !== f);
    const cal = createCalibrator(fitCalibration(train, h, FITTED));
    rows.forEach((r, i) => { if (foldOf(r.caseId, k) === f) preds[i] = predictRow(cal, r); });
  }
  return preds;
}

/**
 * Chooses the settings on `rows` alone, by k-fold cross-validation inside them: first the evidence
 * scale and decision threshold for balanced accuracy, then the gap settings for gap F1 given that
 * decision rule.
 */
export function chooseHyper(rows: FitRow[], k = 5): Hyper {
  let best: Hyper = { gapThreshold: 0.4, metRaises: false, atLeastOneWhenUpheld: false, noneWhenOverturned: false, evidenceScale: 1, decisionThreshold: 0.1 };
  let bestBa = -1;
  for (const evidenceScale of [0.5, 1]) {
    const probe = outOfFold(rows, { ...best, evidenceScale, decisionThreshold: 1 }, k).map((p) => p.pOver);
    for (const t of DECISION_GRID) {
      const preds = probe.map((p) => ({ gaps: new Set<string>(), decision: p >= t ? 'Overturned' as const : 'Upheld' as const, pOver: p }));
      const ba = scoreRows(rows, preds).balancedAccuracy;
      if (ba > bestBa + 1e-9) { bestBa = ba; best = { ...best, evidenceScale, decisionThreshold: t }; }
    }
  }
  let bestF1 = -1;
  let chosen = best;
  for (const gapThreshold of GAP_GRID) for (const metRaises of [false, true]) for (const atLeastOneWhenUpheld of [false, true]) for (const noneWhenOverturned of [false, true]) {
    const h = { ...best, gapThreshold, metRaises, atLeastOneWhenUpheld, noneWhenOverturned };
    const f1 = scoreRows(rows, outOfFold(rows, h, k)).gapF1;
    if (f1 > bestF1 + 1e-9) { bestF1 = f1; chosen = h; }
  }
  return chosen;
}

/**
 * Nested cross-validation: for each outer fold, settings are chosen and numbers fitted on the
 * other folds only, and the held-out fold is predicted. The score is what to expect on unseen letters.
 */
export function nestedCrossValidation(rows: FitRow[], k = 5): { score: RowScore; preds: RowPrediction[] } {
  const preds: RowPrediction[] = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const train = rows.filter((r) => foldOf(r.caseId, k) !== f);
    const cal = createCalibrator(fitCalibration(train, chooseHyper(train, k), FITTED));
    rows.forEach((r, i) => { if (foldOf(r.caseId, k) === f) preds[i] = predictRow(cal, r); });
  }
  return { score: scoreRows(rows, preds), preds };
}
