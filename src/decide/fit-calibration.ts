import type { CriterionStatus } from '../core/decision.ts';
import type { Calibration, Rate } from './calibration-schema.ts';

/** One labelled item as the fitting sees it: its pack, each criterion's result and gap code, and the reviewer's labels. */
export interface FitRow {
  caseId: string;
  packId: string | null;
  criteria: { criterionId: string; status: CriterionStatus; gap: string }[];
  goldGaps: string[];
  goldDecision: 'Upheld' | 'Overturned';
}

/** The settings the fitting chooses by cross-validation (smoothing strengths are fixed). */
export interface Hyper {
  gapThreshold: number;
  metRaises: boolean;
  atLeastOneWhenUpheld: boolean;
  noneWhenOverturned: boolean;
  /** Shrinks the summed criterion evidence, since the criteria of one pack are not independent. */
  evidenceScale: number;
  decisionThreshold: number;
}

/** Pseudo-counts: a rate seen on few items stays near the status-wide rate; a rare pack near the corpus rate. */
const GAP_PRIOR = 2;
const PACK_PRIOR = 4;
const LR_PRIOR = 4;
const STATUSES: CriterionStatus[] = ['met', 'not_met', 'not_documented', 'not_applicable'];

const rate = (hits: number, n: number, prior: number, strength: number): Rate =>
  ({ n, hits, p: Math.round(((hits + strength * prior) / (n + strength)) * 1e4) / 1e4 });
const logit = (p: number) => Math.log(p / (1 - p));
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Gap rates per criterion and status, shrunk toward the rate of the same status over all criteria. */
function fitGapRates(rows: FitRow[]) {
  const byStatus: Partial<Record<CriterionStatus, [number, number]>> = {};
  const per = new Map<string, Partial<Record<CriterionStatus, [number, number]>>>();
  for (const r of rows) {
    const gold = new Set(r.goldGaps);
    for (const c of r.criteria) {
      const hit = gold.has(c.gap) ? 1 : 0;
      const s = (byStatus[c.status] ??= [0, 0]);
      s[0] += hit; s[1] += 1;
      const m = per.get(c.criterionId) ?? {};
      const t = (m[c.status] ??= [0, 0]);
      t[0] += hit; t[1] += 1;
      per.set(c.criterionId, m);
    }
  }
  const status = Object.fromEntries(Object.entries(byStatus).map(([s, [h, n]]) => [s, rate(h, n, 0.3, 1)])) as Calibration['gaps']['byStatus'];
  const rates: Calibration['gaps']['rates'] = {};
  for (const [id, m] of [...per].sort(([a], [b]) => a.localeCompare(b))) {
    rates[id] = Object.fromEntries(Object.entries(m).map(([s, [h, n]]) => [s, rate(h, n, status[s as CriterionStatus]!.p, GAP_PRIOR)]));
  }
  return { rates, byStatus: status };
}

/** Naive-Bayes log-odds of Overturned: a smoothed pack rate, plus a likelihood ratio per criterion result. */
function fitDecision(rows: FitRow[]) {
  const over = (r: FitRow) => r.goldDecision === 'Overturned';
  const base = (rows.filter(over).length + 1) / (rows.length + 2);
  const packs: Record<string, number> = {};
  const byPack = new Map<string, FitRow[]>();
  for (const r of rows) byPack.set(r.packId ?? 'unscreened', [...(byPack.get(r.packId ?? 'unscreened') ?? []), r]);
  for (const [p, rs] of [...byPack].sort(([a], [b]) => a.localeCompare(b))) packs[p] = round(logit((rs.filter(over).length + PACK_PRIOR * base) / (rs.length + PACK_PRIOR)));
  const counts = new Map<string, Record<'o' | 'u' | 'all', Record<string, number>>>();
  for (const r of rows) {
    for (const c of r.criteria) {
      const k = counts.get(c.criterionId) ?? { o: {}, u: {}, all: {} };
      const side = over(r) ? k.o : k.u;
      side[c.status] = (side[c.status] ?? 0) + 1;
      k.all[c.status] = (k.all[c.status] ?? 0) + 1;
      counts.set(c.criterionId, k);
    }
  }
  const criteria: Calibration['decision']['criteria'] = {};
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  for (const [id, k] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const nAll = sum(k.all);
    const entry: Partial<Record<CriterionStatus, number>> = {};
    for (const s of STATUSES) {
      if (!k.all[s]) continue;
      const prior = (k.all[s] + 1) / (nAll + STATUSES.length);
      const po = ((k.o[s] ?? 0) + LR_PRIOR * prior) / (sum(k.o) + LR_PRIOR);
      const pu = ((k.u[s] ?? 0) + LR_PRIOR * prior) / (sum(k.u) + LR_PRIOR);
      entry[s] = round(Math.log(po / pu));
    }
    criteria[id] = entry;
  }
  return { baseLogOdds: round(logit(base)), packs, criteria };
}

/** Fits the numbers of a calibration on labelled rows with the given settings. */
export function fitCalibration(rows: FitRow[], h: Hyper, fitted: Calibration['fitted']): Calibration {
  const gapRates = fitGapRates(rows);
  const decision = fitDecision(rows);
  const criteria = Object.fromEntries(Object.entries(decision.criteria).map(([id, m]) => [id, Object.fromEntries(Object.entries(m).map(([s, v]) => [s, round(v * h.evidenceScale)]))]));
  return {
    calibration: 'decision', version: 1, fitted,
    gaps: {
      threshold: h.gapThreshold,
      statuses: h.metRaises ? ['met', 'not_met', 'not_documented'] : ['not_met', 'not_documented'],
      ...gapRates,
      atLeastOneWhenUpheld: h.atLeastOneWhenUpheld,
      noneWhenOverturned: h.noneWhenOverturned,
    },
    decision: { threshold: h.decisionThreshold, ...decision, criteria },
  };
}
