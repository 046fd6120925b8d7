import type { Condition, DocumentReference, MedicationStatement, Observation, Patient, Procedure, Reference } from '@medplum/fhirtypes';
import type { FactOf } from '../../core/fact.ts';
import { EXTENSION_BASE, UCUM } from './fhir-ids.ts';

const words = (s: string) => s.replace(/_/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const OBS_CATEGORY = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }];

/** A diagnosis; negated ones are kept as refuted, possible ones as provisional. */
export function conditionOf(f: FactOf<'diagnosis'>, subject: Reference<Patient>, doc: Reference<DocumentReference>): Condition {
  const status = f.context.negated ? 'refuted' : f.context.possible ? 'provisional' : 'confirmed';
  return {
    resourceType: 'Condition', subject,
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: status }] },
    code: { text: squash(f.value.name), ...(f.value.icd10 ? { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: f.value.icd10 }] } : {}) },
    evidence: [{ detail: [doc] }],
  };
}

/** A prior treatment with its count (an extension: FHIR has no element for sessions completed). */
export function procedureOf(f: FactOf<'prior_treatment'>, subject: Reference<Patient>, doc: Reference<DocumentReference>): Procedure {
  const count = f.value.count === null ? [] : [{
    url: `${EXTENSION_BASE}/prior-treatment-count`,
    extension: [
      { url: 'count', valueInteger: f.value.count },
      ...(f.value.countQualifier ? [{ url: 'qualifier', valueCode: f.value.countQualifier }] : []),
    ],
  }];
  return {
    resourceType: 'Procedure', subject, status: f.context.negated ? 'not-done' : 'completed',
    code: { text: words(f.value.modality) }, ...(count.length ? { extension: count } : {}), report: [doc],
  };
}

/** A pain score on its scale; LOINC 72514-3 when the scale is 0 to 10. */
export function painScoreOf(f: FactOf<'pain_score'>, subject: Reference<Patient>, doc: Reference<DocumentReference>): Observation {
  const code = f.value.max === 10
    ? { coding: [{ system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }], text: 'Pain score (0-10)' }
    : { text: `Pain score (0-${f.value.max})` };
  return {
    resourceType: 'Observation', status: 'final', category: OBS_CATEGORY, code, subject, derivedFrom: [doc],
    valueQuantity: { value: f.value.value, unit: 'score', system: UCUM, code: '{score}' },
    component: [{ code: { text: 'Qualifier' }, valueCodeableConcept: { text: words(f.value.qualifier) } }],
  };
}

/** Percentage pain relief as a range, with its duration and the treatment it is attributed to. */
export function painReliefOf(f: FactOf<'pain_relief'>, subject: Reference<Patient>, doc: Reference<DocumentReference>): Observation {
  const pct = (value: number) => ({ value, unit: '%', system: UCUM, code: '%' });
  const component = [
    ...(f.value.duration ? [{ code: { text: 'Duration of relief' }, valueString: f.value.duration }] : []),
    ...(f.value.attributedTo ? [{ code: { text: 'Attributed to' }, valueCodeableConcept: { text: words(f.value.attributedTo) } }] : []),
  ];
  return {
    resourceType: 'Observation', status: 'final', category: OBS_CATEGORY, code: { text: 'Pain relief (percent)' }, subject, derivedFrom: [doc],
    valueRange: { low: pct(f.value.percentLow), high: pct(f.value.percentHigh) },
    ...(component.length ? { component } : {}),
  };
}

/** A medication the record names; negated ones are not-taken, historical ones completed. */
export function medicationOf(f: FactOf<'medication'>, subject: Reference<Patient>, doc: Reference<DocumentReference>): MedicationStatement {
  return {
    resourceType: 'MedicationStatement', subject, derivedFrom: [doc],
    status: f.context.negated ? 'not-taken' : f.context.historical ? 'completed' : 'active',
    medicationCodeableConcept: { text: squash(f.value.name) },
    ...(f.value.drugClass ? { category: { text: words(f.value.drugClass) } } : {}),
  };
}
