import type { Bundle, BundleEntry, DocumentReference, Observation, Patient, Reference, Resource } from '@medplum/fhirtypes';
import type { CaseResult } from '../../core/case-result.ts';
import type { Fact } from '../../core/fact.ts';
import { isAsserted } from '../assertion.ts';
import { conditionOf, medicationOf, painReliefOf, painScoreOf, procedureOf } from './clinical-resources.ts';
import { EXTENSION_BASE, stableUuid, UCUM } from './fhir-ids.ts';
import { spanExtension } from './span-extension.ts';

/** Negated diagnoses, treatments and medications are exported with a refuted / not-done / not-taken status. */
const keepNegated = new Set(['diagnosis', 'prior_treatment', 'medication']);

function exported(f: Fact): boolean {
  if (isAsserted(f)) return true;
  // Only plain negation has a FHIR status; family, hypothetical or possible-only mentions stay out.
  return keepNegated.has(f.type) && f.context.negated && !f.context.family && !f.context.hypothetical;
}

function resourceFor(f: Fact, subject: Reference<Patient>, doc: Reference<DocumentReference>): Resource | null {
  switch (f.type) {
    case 'diagnosis': return conditionOf(f, subject, doc);
    case 'prior_treatment': return procedureOf(f, subject, doc);
    case 'pain_score': return painScoreOf(f, subject, doc);
    case 'pain_relief': return painReliefOf(f, subject, doc);
    case 'medication': return medicationOf(f, subject, doc);
    default: return null;
  }
}

/**
 * A case result as a FHIR R4 `collection` Bundle: a Patient (sex only; the record is
 * de-identified), Condition per diagnosis, Procedure per prior treatment with its count,
 * Observation per pain score, pain relief and the age, MedicationStatement per medication, and a
 * DocumentReference per source document whose extensions are the evidence spans of every fact.
 * Ids are stable UUIDs derived from the case and fact ids.
 */
export function toFhirBundle(result: CaseResult): Bundle {
  const ref = <T extends Resource = Resource>(...parts: string[]): Reference<T> => ({ reference: `urn:uuid:${stableUuid(result.caseId, ...parts)}` });
  const entries: BundleEntry[] = [];
  const add = (resource: Resource, reference: Reference<Resource>) => {
    const id = reference.reference!.slice('urn:uuid:'.length);
    entries.push({ fullUrl: reference.reference, resource: { ...resource, id } as Resource });
  };
  const subject = ref<Patient>('patient');
  const sex = result.facts.find((f) => f.type === 'sex' && isAsserted(f));
  add({ resourceType: 'Patient', ...(sex?.type === 'sex' ? { gender: sex.value.sex } : {}) } as Patient, subject);
  const age = result.facts.find((f) => f.type === 'age' && isAsserted(f));
  if (age?.type === 'age') {
    add({
      resourceType: 'Observation', status: 'final', subject, code: { coding: [{ system: 'http://loinc.org', code: '30525-0', display: 'Age' }] },
      valueQuantity: { value: age.value.years, unit: 'years', system: UCUM, code: 'a' }, derivedFrom: [ref('document', age.span.document)],
    } as Observation, ref('fact', age.id));
  }
  const spans = new Map<string, ReturnType<typeof spanExtension>[]>();
  for (const f of result.facts) {
    const doc = ref<DocumentReference>('document', f.span.document);
    const resource = exported(f) ? resourceFor(f, subject, doc) : null;
    const own = resource || f.type === 'age' && f === age ? ref('fact', f.id) : null;
    if (resource && own) add(resource, own);
    spans.set(f.span.document, [...(spans.get(f.span.document) ?? []), spanExtension(f, own)]);
  }
  for (const d of result.documents) {
    const metadata = Object.entries(d.metadata).filter((e): e is [string, string] => e[1] !== null)
      .map(([key, value]) => ({ url: `${EXTENSION_BASE}/document-metadata`, extension: [{ url: 'key', valueString: key }, { url: 'value', valueString: value }] }));
    const extension = [...metadata, ...(spans.get(d.id) ?? [])];
    add({
      resourceType: 'DocumentReference', status: 'current', subject, description: d.source,
      identifier: [{ system: `${EXTENSION_BASE}/document-id`, value: d.id }],
      type: { text: d.kind },
      content: [{ attachment: { contentType: d.kind === 'pdf' ? 'application/pdf' : 'text/plain', title: d.source } }],
      ...(extension.length ? { extension } : {}),
    } as DocumentReference, ref('document', d.id));
  }
  return { resourceType: 'Bundle', type: 'collection', identifier: { system: `${EXTENSION_BASE}/case`, value: result.caseId }, entry: entries };
}
