import type { Gap, ItemScreening } from '../core/decision.ts';
import type { AppliedCriterion } from './apply-criterion.ts';
import type { Calibrator } from './calibration.ts';
import { byWeight } from './rank-criteria.ts';
import type { LoadedRulePack } from './rule-pack-schema.ts';

type Outcome = Pick<ItemScreening, 'gaps' | 'outcome' | 'decision' | 'reasons'>;

const pct = (p: number) => `${Math.round(p * 100)}%`;

/**
 * The outcome of an item under a fitted calibration. Every criterion is still applied and reported;
 * the calibration decides which results a reviewer would write up as gaps (a criterion whose gap
 * reviewers raised at least `threshold` of the time at this status) and predicts the outcome from
 * a weighted score of all results, so one undocumented detail the summary could not show does not
 * on its own decide the item. Reasons come heaviest first: the raised gaps, or for a supported item
 * the criteria met and then the failing results that weighed too little to count against it.
 */
export function calibratedOutcome(pack: LoadedRulePack, applied: AppliedCriterion[], cal: Calibrator): Outcome {
  const settings = cal.settings.gaps;
  const results = applied.map((a) => a.result);
  const pOver = cal.overturnedProbability(pack.pack, results);
  const overturned = cal.overturned(pack.pack, results);
  const ranked = [...applied].sort(byWeight);
  const raise = (a: AppliedCriterion) => a.candidate !== null && cal.raisesGap(a.result.criterionId, a.result.status);
  let raised = ranked.filter(raise);
  if (!overturned && raised.length === 0 && settings.atLeastOneWhenUpheld) {
    const failing = ranked.filter((a) => a.gap !== null);
    const best = failing.reduce<AppliedCriterion | null>((top, a) => {
      const p = cal.gapRate(a.result.criterionId, a.result.status).p;
      return top === null || p > cal.gapRate(top.result.criterionId, top.result.status).p ? a : top;
    }, null);
    if (best) raised = [best];
  }
  if (overturned && settings.noneWhenOverturned) raised = [];
  const seen = new Set<string>();
  const gaps: Gap[] = [];
  for (const a of raised) {
    if (seen.has(a.candidate!.code)) continue;
    seen.add(a.candidate!.code);
    gaps.push(a.candidate!);
  }
  const score = `predicted P(Overturned) ${pct(pOver)} against a threshold of ${pct(cal.settings.decision.threshold)}`;
  if (!overturned) {
    const reasons = gaps.length ? gaps.map((g) => g.message) : [`No single criterion failed clearly, but the results together point to the denial standing (${score}).`];
    return { gaps, outcome: 'not_supported', decision: 'Upheld', reasons: [...reasons, `Weighted outcome: ${score}.`] };
  }
  const met = ranked.filter((a) => a.result.status === 'met').map((a) => a.result.explanation);
  const weak = ranked.filter((a) => a.gap !== null && !gaps.includes(a.gap)).map((a) => `Weighed lightly: ${a.result.explanation}`);
  const head = met.length ? met : [`No criterion of ${pack.pack} failed in a way reviewers usually hold against the request.`];
  return { gaps, outcome: 'supported', decision: 'Overturned', reasons: [...head, ...gaps.map((g) => g.message), ...weak, `Weighted outcome: ${score}.`] };
}
