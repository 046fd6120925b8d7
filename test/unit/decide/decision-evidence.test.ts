import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createMedicationCourse } from '../../../src/decide/medication-course.ts';
import { isInForce } from '../../../src/decide/facts-in-force.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';
import { makeFact, makeItem } from './make-fact.ts';

// Fixture sentences written for this test.
const run = (text: string, metadata: Record<string, string | null>, requests: string[] = []) => {
  const doc = createDocument({ id: 'doc-1', source: 'fixture', kind: 'text', pages: [{ text }], metadata });
  return createPipeline().run({ caseId: 'fixture', documents: [doc], requests });
};
const chronicity = (r: ReturnType<typeof run>) => r.facts.filter((f) => f.type === 'injury_chronicity').map((f) => f.value);

describe('injury chronicity from the case dates', () => {
  it('is acute, subacute or chronic by the days from injury to review', () => {
    const text = 'The worker denies any new injury. He hurt his back lifting boxes.';
    expect(chronicity(run(text, { date_of_injury: '01/02/2017', ur_denial_date: '01/20/2017' }))).toEqual([{ kind: 'acute', days: 18 }]);
    expect(chronicity(run(text, { date_of_injury: '01/02/2017', ur_denial_date: '02/15/2017' }))).toEqual([{ kind: 'subacute', days: 44 }]);
    expect(chronicity(run(text, { date_of_injury: '06/01/2016', date_assigned: '01/05/2017' }))).toEqual([{ kind: 'chronic', days: 218 }]);
  });
  it('stays in force whatever the anchor sentence says, and needs both dates', () => {
    const r = run('The worker denies any new injury.', { date_of_injury: '01/02/2017', ur_denial_date: '03/20/2017' });
    expect(r.facts.filter((f) => f.type === 'injury_chronicity').every(isInForce)).toBe(true);
    expect(chronicity(run('No dates here.', { date_of_injury: '01/02/2017' }))).toEqual([]);
  });
});

describe('dermatomal deficits', () => {
  it('a deficit placed in a dermatome is the specific nerve compromise spine imaging asks for', () => {
    const kinds = (text: string) => run(text, {}).facts.filter((f) => f.type === 'exam_finding').map((f) => (f.value as { kind: string }).kind);
    expect(kinds('Sensation was decreased in the right C6 dermatome.')).toContain('dermatomal_deficit');
    expect(kinds('Sensation was decreased in the right hand.')).not.toContain('dermatomal_deficit');
  });
});

describe('medication course', () => {
  const course = createMedicationCourse();
  const med = (id: string, name: string, sentence: string) => {
    const f = makeFact(id, 'medication', { name, generic: 'naproxen', drugClass: 'nsaid' }, name);
    return { ...f, sentence, ruleId: 'med.naproxen' };
  };
  const item = makeItem({ modality: 'medication', text: 'Naproxen 550mg #60' });
  it('a drug the worker takes is ongoing, brand and generic alike', () => {
    expect(course(item, [med('medication-1', 'Anaprox', 'Current medications include Anaprox twice daily.')]).ongoing).toBe(true);
  });
  it('a drug named only where it is requested or denied is new', () => {
    expect(course(item, [med('medication-1', 'Naprosyn', 'The claims administrator denied a request for Naprosyn.')]).ongoing).toBe(false);
    expect(course(item, []).ongoing).toBe(false);
    expect(course(makeItem({ modality: 'physical_therapy', text: 'Naproxen' }), [med('medication-1', 'Anaprox', 'She takes Anaprox.')]).ongoing).toBe(false);
  });
});
