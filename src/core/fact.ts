import { z } from 'zod';
import { FactContext } from './context.ts';
import { Modality } from './modality.ts';
import { Span } from './span.ts';

export const Sex = z.enum(['male', 'female']);
export const CountQualifier = z.enum(['exact', 'at_least', 'approx', 'at_most']);
export const PainQualifier = z.enum([
  'with_medication', 'without_medication', 'current', 'average', 'worst', 'least',
  'before_treatment', 'after_treatment', 'unspecified',
]);
export const FiDimension = z.enum([
  'work_restrictions', 'activity_tolerance', 'medication_use', 'adl', 'objective_measure', 'general',
]);
export const FiDirection = z.enum(['improved', 'not_improved', 'worsened', 'absent_documentation']);
export const WorkStatusCategory = z.enum([
  'ttd', 'modified_duty', 'full_duty', 'not_working', 'retired', 'permanent_and_stationary', 'unclear',
]);
export const DrugClass = z.enum([
  'opioid', 'nsaid', 'muscle_relaxant', 'ppi', 'anticonvulsant', 'antidepressant', 'topical',
  'sleep_aid', 'other',
]);

/** Value of the evidence fact types: what kind of finding, plan or history a mention states. */
export const EvidenceValue = z.object({ kind: z.string().regex(/^[a-z][a-z0-9_]*$/) });

/** The normalised value of each fact type; the `type` field of a fact selects one. */
export const FactValues = {
  age: z.object({ years: z.number().int().min(0).max(120) }),
  sex: z.object({ sex: Sex }),
  date_of_injury: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), cumulative: z.boolean().default(false) }),
  diagnosis: z.object({ name: z.string(), icd10: z.string().nullable().default(null) }),
  prior_treatment: z.object({
    modality: Modality,
    count: z.number().int().min(0).nullable(),
    countQualifier: CountQualifier.nullable(),
  }),
  pain_relief: z.object({
    percentLow: z.number().min(0).max(100),
    percentHigh: z.number().min(0).max(100),
    duration: z.string().nullable(),
    attributedTo: Modality.nullable(),
  }),
  pain_score: z.object({ value: z.number().min(0), max: z.number().positive(), qualifier: PainQualifier }),
  functional_improvement: z.object({ dimension: FiDimension, direction: FiDirection }),
  medication: z.object({ name: z.string(), generic: z.string().nullable().default(null), drugClass: DrugClass.nullable().default(null) }),
  work_status: z.object({ category: WorkStatusCategory }),
  /** Clinical evidence the decision stage weighs; `kind` is the lexicon entry's kind (e.g. `neuro_deficit`). */
  exam_finding: EvidenceValue,
  red_flag: EvidenceValue,
  surgical_status: EvidenceValue,
  diagnostic_study: EvidenceValue,
  drug_monitoring: EvidenceValue,
  clinical_indication: EvidenceValue,
  care_course: EvidenceValue,
  /** Time from the injury to the request (case metadata): acute under 4 weeks, subacute to 3 months, chronic after. */
  injury_chronicity: z.object({ kind: z.enum(['acute', 'subacute', 'chronic']), days: z.number().int().min(0) }),
} as const;

export type FactType = keyof typeof FactValues;
export const FACT_TYPES = Object.keys(FactValues) as FactType[];
export type FactValue<T extends FactType> = z.infer<(typeof FactValues)[T]>;

const FactBase = {
  /** Stable within a case: `<type>-<n>` in document order. */
  id: z.string(),
  /** The exact text of the span, as it stands in the original document. */
  text: z.string(),
  span: Span,
  /** The sentence the fact was found in (original text). */
  sentence: z.string(),
  /** Canonical section category (e.g. `diagnoses`, `treatment_to_date`), null outside any section. */
  section: z.string().nullable(),
  context: FactContext,
  /** Id of the rule or lexicon entry that produced the fact. */
  ruleId: z.string(),
  /** OCR confidence of the page, when the page came from OCR. */
  confidence: z.number().min(0).max(1).nullable().default(null),
};

export const Fact = z.discriminatedUnion('type', [
  z.object({ ...FactBase, type: z.literal('age'), value: FactValues.age }),
  z.object({ ...FactBase, type: z.literal('sex'), value: FactValues.sex }),
  z.object({ ...FactBase, type: z.literal('date_of_injury'), value: FactValues.date_of_injury }),
  z.object({ ...FactBase, type: z.literal('diagnosis'), value: FactValues.diagnosis }),
  z.object({ ...FactBase, type: z.literal('prior_treatment'), value: FactValues.prior_treatment }),
  z.object({ ...FactBase, type: z.literal('pain_relief'), value: FactValues.pain_relief }),
  z.object({ ...FactBase, type: z.literal('pain_score'), value: FactValues.pain_score }),
  z.object({ ...FactBase, type: z.literal('functional_improvement'), value: FactValues.functional_improvement }),
  z.object({ ...FactBase, type: z.literal('medication'), value: FactValues.medication }),
  z.object({ ...FactBase, type: z.literal('work_status'), value: FactValues.work_status }),
  z.object({ ...FactBase, type: z.literal('exam_finding'), value: FactValues.exam_finding }),
  z.object({ ...FactBase, type: z.literal('red_flag'), value: FactValues.red_flag }),
  z.object({ ...FactBase, type: z.literal('surgical_status'), value: FactValues.surgical_status }),
  z.object({ ...FactBase, type: z.literal('diagnostic_study'), value: FactValues.diagnostic_study }),
  z.object({ ...FactBase, type: z.literal('drug_monitoring'), value: FactValues.drug_monitoring }),
  z.object({ ...FactBase, type: z.literal('clinical_indication'), value: FactValues.clinical_indication }),
  z.object({ ...FactBase, type: z.literal('care_course'), value: FactValues.care_course }),
  z.object({ ...FactBase, type: z.literal('injury_chronicity'), value: FactValues.injury_chronicity }),
]);
export type Fact = z.infer<typeof Fact>;
export type FactOf<T extends FactType> = Extract<Fact, { type: T }>;
