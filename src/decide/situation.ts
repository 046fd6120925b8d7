import type { Fact } from '../core/fact.ts';
import type { RequestedItem } from '../core/request.ts';
import { isInForce, modalityName } from './facts-in-force.ts';
import { assessFunctionalImprovement, type FiAssessment } from './functional-improvement-evidence.ts';
import { findPriorCount, type PriorCount } from './prior-count.ts';
import type { AppliesWhen } from './rule-pack-schema.ts';

/** What every criterion of an item sees: the item, the facts in force and the evidence computed once. */
export interface Situation {
  item: RequestedItem;
  facts: Fact[];
  /**
   * The item continues a course: the request says so, or the record counts earlier sessions of the
   * same modality (a "6 acupuncture sessions" request after 12 sessions is not an initial trial).
   */
  continuation: boolean;
  prior: PriorCount;
  fi: FiAssessment;
}

export function createSituation(item: RequestedItem, allFacts: Fact[]): Situation {
  const facts = allFacts.filter(isInForce);
  const prior = findPriorCount(facts, item.modality);
  const continuation = item.continuation || (prior.count !== null && prior.count > 0);
  return { item, facts, continuation, prior, fi: assessFunctionalImprovement(facts) };
}

/** Placeholders every message may use, whatever its predicate. */
export const COMMON_PLACEHOLDERS = ['modality', 'requested', 'priorCount', 'prior', 'bodyRegion'] as const;

/** Values of the common placeholders, worded to sit inside a reviewer's sentence. */
export function commonVars(s: Situation): Record<string, string | number> {
  const name = modalityName(s.item.modality);
  const count = s.prior.count;
  return {
    modality: name,
    requested: s.item.quantity ?? 'an unspecified number of',
    priorCount: count ?? 'an undocumented number of',
    prior: count !== null ? `the ${count} prior ${name} sessions` : `prior ${name} sessions`,
    bodyRegion: s.item.bodyRegion ?? 'the body part',
  };
}

/** Why a criterion does not apply, or null when it does. */
export function whyNotApplicable(when: AppliesWhen, s: Situation): string | null {
  if (when.continuation === true && !s.continuation) return 'Applies only to a continuation of a course already given; this is an initial request.';
  if (when.continuation === false && s.continuation) return 'Applies only to an initial request; this continues a course already given.';
  const known = s.prior.count !== null;
  if (when.priorCountKnown !== undefined && when.priorCountKnown !== known) {
    return when.priorCountKnown ? 'Applies only when the number of prior sessions is known.' : 'Applies only when the number of prior sessions is unknown.';
  }
  const documented = s.fi.status === 'documented';
  if (when.functionalImprovementDocumented !== undefined && when.functionalImprovementDocumented !== documented) {
    return when.functionalImprovementDocumented
      ? 'Applies only once functional improvement is documented.'
      : 'Applies only while functional improvement is not documented; it is.';
  }
  return null;
}
