import { readDataFile } from '../lexicon/read-data-file.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CriterionStatus } from '../core/decision.ts';
import { PROJECT_ROOT } from '../lexicon/load.ts';
import { Calibration } from './calibration-schema.ts';

/** Where the fitted calibration lives; `createDecider` uses it unless told otherwise. */
export const DEFAULT_CALIBRATION = join(PROJECT_ROOT, 'pipelines', 'calibration', 'decision.yaml');

/** One criterion's result as the calibration sees it. */
export interface CriterionOutcome { criterionId: string; status: CriterionStatus }

/** How a calibrated decider judges gaps and outcomes. */
export interface Calibrator {
  /** Learned probability that a reviewer raises this criterion's gap at this status, with its counts when learned. */
  gapRate(criterionId: string, status: CriterionStatus): { p: number; n: number; hits: number; learned: boolean };
  raisesGap(criterionId: string, status: CriterionStatus): boolean;
  /** P(Overturned) of an item from its pack and its criteria results. */
  overturnedProbability(packId: string | null, results: CriterionOutcome[]): number;
  overturned(packId: string | null, results: CriterionOutcome[]): boolean;
  settings: Calibration;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Wraps fitted numbers as a calibrator (also used on held-out folds by the fitting script). */
export function createCalibrator(c: Calibration): Calibrator {
  const allowed = new Set<CriterionStatus>(c.gaps.statuses);
  const gapRate = (criterionId: string, status: CriterionStatus) => {
    const own = c.gaps.rates[criterionId]?.[status];
    if (own) return { ...own, learned: true };
    const fallback = c.gaps.byStatus[status];
    return { p: fallback?.p ?? 0, n: 0, hits: 0, learned: false };
  };
  const overturnedProbability = (packId: string | null, results: CriterionOutcome[]) => {
    let logOdds = c.decision.packs[packId ?? 'unscreened'] ?? c.decision.baseLogOdds;
    for (const r of results) logOdds += c.decision.criteria[r.criterionId]?.[r.status] ?? 0;
    return sigmoid(logOdds);
  };
  return {
    gapRate,
    raisesGap: (id, status) => allowed.has(status) && gapRate(id, status).p >= c.gaps.threshold,
    overturnedProbability,
    overturned: (packId, results) => overturnedProbability(packId, results) >= c.decision.threshold,
    settings: c,
  };
}

/**
 * Loads and validates a calibration file. A missing default file means the decider runs on the
 * rules alone (every failing criterion is a gap; any gap means Upheld); a named file that is
 * missing or invalid is a typed error.
 */
export function loadCalibration(path: string | null | undefined): Calibrator | null {
  if (path === null) return null;
  const file = path ?? DEFAULT_CALIBRATION;
  if (path === undefined && !existsSync(file)) return null;
  return createCalibrator(readDataFile(file, Calibration, 'PRESCREEN_ERR_INVALID_RULE_PACK', 'calibration'));
}
