import { z } from 'zod';

/**
 * The gap codes of `spec/annotation-guide.md`, each with the reviewer-style summary used when a rule
 * pack gives no message of its own. `docs/gap-codes.md` documents each; a test keeps them in step.
 */
export const GAP_CODES = {
  FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED: 'No documentation of objective functional improvement from prior or ongoing treatment.',
  PAIN_RELIEF_NOT_DOCUMENTED: 'Pain relief from prior or ongoing treatment (VAS change, percent relief, duration) is not documented.',
  MEDICATION_REDUCTION_NOT_DOCUMENTED: 'No documented reduction in medication use attributable to the treatment.',
  PRIOR_TREATMENT_COUNT_UNKNOWN: 'The number of prior sessions completed is not documented.',
  PRIOR_TREATMENT_OUTCOME_UNKNOWN: 'The outcome of the prior course of this treatment is not documented.',
  EXCEEDS_GUIDELINE_QUANTITY: 'The requested quantity, alone or with prior visits, exceeds the guideline.',
  EXCEEDS_GUIDELINE_DURATION: 'Use beyond the time frame the guideline supports.',
  NOT_RECOMMENDED_BY_GUIDELINE: 'The guideline does not recommend this treatment for this condition.',
  NO_OBJECTIVE_FINDINGS: 'The exam documents no objective findings that the request needs.',
  INDICATION_NOT_DOCUMENTED: 'A required diagnosis or indication is not documented.',
  NO_RED_FLAGS: 'No red flags or significant change in symptoms or findings are documented.',
  CONSERVATIVE_CARE_NOT_DOCUMENTED: 'Failure of an adequate trial of conservative care is not documented.',
  NOT_SURGICAL_CANDIDATE: 'No indication that the patient is a surgical candidate or that surgery is planned.',
  MONITORING_NOT_DOCUMENTED: 'Required monitoring (opioid 4 A\'s, urine drug screens, labs) is not documented.',
  HOME_PROGRAM_SUFFICIENT: 'No reason is documented why supervised care is needed over a home program.',
  DEPENDENT_REQUEST_NOT_CERTIFIED: 'The item depends on another request that is not certified.',
  REQUEST_UNDERSPECIFIED: 'The request lacks a quantity, frequency, duration, dose or body part.',
  RATIONALE_NOT_PROVIDED: 'No clinical rationale for the request is documented.',
  DUPLICATIVE_TREATMENT: 'The request duplicates another treatment or an earlier test.',
  OTHER: 'Another reason given by the reviewer.',
} as const;

export type GapCode = keyof typeof GAP_CODES;
export const GapCode = z.enum(Object.keys(GAP_CODES) as [GapCode, ...GapCode[]]);
