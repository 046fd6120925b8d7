import { bodyRegionNotExcluded } from './body-region-not-excluded.ts';
import { functionalImprovementDocumented } from './functional-improvement-documented.ts';
import { initialTrialLimit } from './initial-trial-limit.ts';
import { maxTotalVisits } from './max-total-visits.ts';
import { painReliefDocumented } from './pain-relief-documented.ts';
import { priorCountDocumented } from './prior-count-documented.ts';
import { requestSpecified } from './request-specified.ts';
import { evidenceAbsent } from './evidence-absent.ts';
import { evidenceDocumented } from './evidence-documented.ts';
import { notRecommended } from './not-recommended.ts';
import { primaryRequestSupported } from './primary-request-supported.ts';
import { createAnyOf } from './any-of.ts';
import { priorTreatmentDocumented } from './prior-treatment-documented.ts';
import { requestStates } from './request-states.ts';
import { workStatusDocumented } from './work-status-documented.ts';
import { drugClassNotDuplicated } from './drug-class-not-duplicated.ts';
import { medicationClassDocumented } from './medication-class-documented.ts';
import { certifiedTrialOutcome } from './certified-trial-outcome.ts';
import { differentialDiagnoses } from './differential-diagnoses.ts';
import { studyQuestionStated } from './study-question-stated.ts';
import type { PredicateDefinition } from './types.ts';

/** Every predicate kind a rule pack may name. Adding a kind means a file here and an entry below. */
export const PREDICATES: Record<string, PredicateDefinition<any>> = Object.fromEntries(
  [
    functionalImprovementDocumented, maxTotalVisits, initialTrialLimit, priorCountDocumented,
    painReliefDocumented, requestSpecified, bodyRegionNotExcluded,
    evidenceDocumented, evidenceAbsent, notRecommended, primaryRequestSupported, priorTreatmentDocumented, requestStates, workStatusDocumented,
    drugClassNotDuplicated, medicationClassDocumented, certifiedTrialOutcome, differentialDiagnoses, studyQuestionStated,
    // any-of names other predicates of this registry; it reads the registry when a pack loads or runs.
    createAnyOf(() => PREDICATES),
  ].map((p) => [p.kind, p]),
);

export type { PredicateDefinition, PredicateOutcome } from './types.ts';
