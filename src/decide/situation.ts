import type { ItemScreening } from '../core/decision.ts';
import type { Fact } from '../core/fact.ts';
import type { DrugClassName as DrugClass } from './drug-class.ts';
import type { Modality } from '../core/modality.ts';
import type { RequestedItem } from '../core/request.ts';
import { isInForce, modalityName } from './facts-in-force.ts';
import { assessFunctionalImprovement, type FiAssessment } from './functional-improvement-evidence.ts';
import { findEfficacyReview } from './efficacy-review.ts';
import { createMedicationCourse, type MedicationCourse, type MedicationCourseLookup } from './medication-course.ts';
import { findPriorCount, type PriorCount } from './prior-count.ts';
import type { AppliesWhen, LoadedRulePack } from './rule-pack-schema.ts';

/** What every criterion of an item sees: the item, the facts in force and the evidence computed once. */
export interface Situation {
  item: RequestedItem;
  /** The modality the item is screened as: the parsed one when the pack governs it, else the pack's own. */
  modality: Modality;
  facts: Fact[];
  /** Every fact, negated ones included: a negated finding is what contradicts a criterion. */
  allFacts: Fact[];
  /**
   * The item continues a course: the request says so, or the record shows earlier sessions of the
   * same modality (a "6 acupuncture sessions" request after 12 sessions is not an initial trial).
   */
  continuation: boolean;
  /**
   * An earlier review denied or modified this care for want of documented efficacy or functional
   * benefit (`efficacy-review.ts`): a course was given and judged on its results.
   */
  efficacyReview: Fact[];
  prior: PriorCount;
  fi: FiAssessment;
  /** The request depends on another service (pack `dependentWhen`). */
  dependent: boolean;
  /** The request is post-operative care (pack `postOperativeWhen`). */
  postOperative: boolean;
  drugClass: DrugClass | null;
  /** The case's other items as screened so far (for dependent requests). */
  others: ItemScreening[];
  /** For a drug request: whether the worker already takes the requested drug. */
  medication: MedicationCourse;
}

let defaultCourse: MedicationCourseLookup | undefined;

const anyMatch = (patterns: readonly string[], text: string) => patterns.some((p) => new RegExp(p, 'iu').test(text));

export function createSituation(
  item: RequestedItem, allFacts: Fact[], pack?: LoadedRulePack | null,
  extra: { drugClass?: DrugClass | null; others?: ItemScreening[]; medicationCourse?: MedicationCourseLookup } = {},
): Situation {
  const facts = allFacts.filter(isInForce);
  const medication = (extra.medicationCourse ?? (defaultCourse ??= createMedicationCourse()))(item, facts);
  const modality = pack && !pack.appliesTo.modalities.includes(item.modality) ? pack.appliesTo.modalities[0] : item.modality;
  const prior = findPriorCount(facts, modality);
  // The annotation convention: a request continues a course when the record shows the same kind of
  // treatment was already given, counted or not.
  // For drugs this stays as broad as for therapies (any medication use on record): restricting it
  // to the requested drug (`medication.ongoing`) scored worse on dwc-imr, since reviewers often
  // judge a drug named only in the request as continued use. Packs can ask `medicationOngoing`.
  const continuation = item.continuation || medication.ongoing || (prior.count !== null && prior.count > 0) || prior.mentions.some((f) => !f.context.documentationGap);
  return {
    item, modality, facts, allFacts, continuation, prior,
    efficacyReview: findEfficacyReview(allFacts, modality, extra.drugClass ?? null), fi: assessFunctionalImprovement(facts),
    dependent: pack ? anyMatch(pack.dependentWhen, item.text) : false,
    postOperative: pack ? anyMatch(pack.postOperativeWhen, item.text) : false,
    drugClass: extra.drugClass ?? null,
    others: extra.others ?? [],
    medication,
  };
}

/** Placeholders every message may use, whatever its predicate. */
export const COMMON_PLACEHOLDERS = ['modality', 'requested', 'priorCount', 'prior', 'bodyRegion', 'request'] as const;

/** Values of the common placeholders, worded to sit inside a reviewer's sentence. */
export function commonVars(s: Situation): Record<string, string | number> {
  const name = modalityName(s.modality);
  const count = s.prior.count;
  return {
    modality: name,
    requested: s.item.quantity ?? 'an unspecified number of',
    priorCount: count ?? 'an undocumented number of',
    prior: count !== null ? `the ${count} prior ${name} sessions` : `prior ${name} sessions`,
    bodyRegion: s.item.bodyRegion ?? 'the body part',
    request: s.item.text.trim(),
  };
}

const FLAGS = [
  ['dependent', 'a request that depends on another service'],
  ['postOperative', 'post-operative care'],
] as const;

/** Why a criterion does not apply, or null when it does. */
export function whyNotApplicable(when: AppliesWhen, s: Situation): string | null {
  if (when.continuation === true && !s.continuation) return 'Applies only to a continuation of a course already given; this is an initial request.';
  if (when.continuation === false && s.continuation) return 'Applies only to an initial request; this continues a course already given.';
  if (when.continuationOrEfficacyReview && !s.continuation && s.efficacyReview.length === 0) {
    return 'Applies only to a continuation of a course already given, or to care an earlier review found without documented benefit; this is an initial request.';
  }
  if (when.efficacyReview !== undefined && when.efficacyReview !== s.efficacyReview.length > 0) {
    return when.efficacyReview
      ? 'Applies only to care an earlier review found without documented benefit.'
      : 'Does not apply to care an earlier review found without documented benefit.';
  }
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
  for (const [flag, words] of FLAGS) {
    if (when[flag] !== undefined && when[flag] !== s[flag]) return when[flag] ? `Applies only to ${words}.` : `Does not apply to ${words}.`;
  }
  if (when.medicationOngoing !== undefined && when.medicationOngoing !== s.medication.ongoing) {
    return when.medicationOngoing ? 'Applies only to a drug the worker already takes.' : 'Applies only to a drug the worker does not take yet.';
  }
  if (when.requestMatches && !anyMatch(when.requestMatches, s.item.text)) return 'Applies only to other wordings of the request.';
  if (when.requestExcludes && anyMatch(when.requestExcludes, s.item.text)) return 'Does not apply to this wording of the request.';
  return null;
}
