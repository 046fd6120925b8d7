import { describe, expect, it } from 'vitest';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const codes = (s: { gaps: { code: string }[] }) => s.gaps.map((g) => g.code);

// Fixture sentences written for these tests.
const deficit = makeFact('exam_finding-1', 'exam_finding', { kind: 'neuro_deficit' }, 'decreased sensation in the left L5 dermatome');
const noRedFlags = makeFact('red_flag-1', 'red_flag', { kind: 'red_flag' }, 'red flags', { context: ['negated'] });
const normalNeuro = makeFact('exam_finding-2', 'exam_finding', { kind: 'normal_neuro' }, 'neurologically intact');
const planned = makeFact('surgical_status-1', 'surgical_status', { kind: 'planned' }, 'surgical consultation');
const failed = makeFact('care_course-1', 'care_course', { kind: 'conservative_failed' }, 'despite physical therapy');

describe('imaging of the spine (chosen by the request wording, whatever the parsed modality)', () => {
  it('names every unmet criterion when the record is silent, and predicts Upheld', () => {
    const [s] = decide([makeItem({ modality: 'other', text: 'MRI of the lumbar spine' })], []);
    expect(s.packId).toBe('mtus-imaging-spine.2004');
    expect(codes(s)).toEqual(['NO_OBJECTIVE_FINDINGS', 'NO_RED_FLAGS', 'CONSERVATIVE_CARE_NOT_DOCUMENTED', 'NOT_SURGICAL_CANDIDATE']);
    expect(s.decision).toBe('Upheld');
    expect(s.criteria.find((c) => c.criterionId === 'imaging-spine.neurological-findings')!.explanation).toMatch(/^Looked for an unequivocal deficit placed in a dermatome/);
  });

  it('a negated or contradicting mention is not_met and is quoted; support when every criterion is met', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' })], [noRedFlags, normalNeuro]);
    const neuro = s.criteria.find((c) => c.criterionId === 'imaging-spine.neurological-findings')!;
    expect(neuro.status).toBe('not_met');
    expect(neuro.facts).toEqual(['exam_finding-2']);
    expect(s.gaps[0].message).toContain('"neurologically intact"');
    // A deficit without a level is equivocal for spine imaging; one placed in a dermatome is not.
    const dermatomal = makeFact('exam_finding-4', 'exam_finding', { kind: 'dermatomal_deficit' }, 'L5 dermatome');
    const [equivocal] = decide([makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' })], [deficit, planned, failed]);
    expect(codes(equivocal)).toContain('NO_OBJECTIVE_FINDINGS');
    const [ok] = decide([makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' })],
      [dermatomal, makeFact('red_flag-2', 'red_flag', { kind: 'progressive_deficit' }, 'progressive weakness'), planned, failed]);
    expect(ok.gaps).toEqual([]);
    expect(ok.decision).toBe('Overturned');
  });
});

describe('dependent requests follow the request they serve', () => {
  const surgery = makeItem({ index: 1, modality: 'surgery', text: 'Right shoulder arthroscopy with rotator cuff repair' });
  const sling = makeItem({ index: 2, modality: 'bracing_dme', text: 'Associated surgical service: sling' });
  const findings = makeFact('exam_finding-3', 'exam_finding', { kind: 'provocative_test' }, 'positive Hawkins test');

  it('supported surgery carries the sling; unsupported surgery fails it with DEPENDENT_REQUEST_NOT_CERTIFIED', () => {
    const [s1, d1] = decide([surgery, sling], [failed, findings]);
    expect(s1.decision).toBe('Overturned');
    expect(d1.decision).toBe('Overturned');
    const [s2, d2] = decide([surgery, sling], [findings]);
    expect(s2.decision).toBe('Upheld');
    expect(codes(d2)).toEqual(['DEPENDENT_REQUEST_NOT_CERTIFIED']);
    expect(d2.gaps[0].message).toContain('Right shoulder arthroscopy');
  });
});

describe('medications by class', () => {
  it('an opioid refill without monitoring raises MONITORING_NOT_DOCUMENTED first', () => {
    const [s] = decide([makeItem({ modality: 'medication', text: 'Norco 10/325 mg #60', continuation: true })], []);
    expect(s.packId).toBe('mtus-opioids.2016');
    expect(codes(s)[0]).toBe('MONITORING_NOT_DOCUMENTED');
  });

  it('a compounded cream is not recommended whatever the record says', () => {
    const [s] = decide([makeItem({ modality: 'medication', text: 'Flurbiprofen 20%/cyclobenzaprine 4% cream 180 g' })], [failed]);
    expect(s.packId).toBe('mtus-topical-analgesics.2016');
    expect(codes(s)).toContain('NOT_RECOMMENDED_BY_GUIDELINE');
  });
});

// Fixture sentences written for these tests.
const status = (s: { criteria: { criterionId: string; status: string }[] }, id: string) => s.criteria.find((c) => c.criterionId === id)?.status;

describe('disjunctive criteria (any-of)', () => {
  const acupuncture = makeItem({ modality: 'acupuncture', quantity: 6, text: 'Acupuncture x6 for the neck' });

  it('acupuncture is indicated by ANY of the situations ACU-1 names, and one gap says none is documented', () => {
    const [none] = decide([acupuncture], []);
    expect(codes(none)).toEqual(['INDICATION_NOT_DOCUMENTED']);
    expect(none.gaps[0].message).toMatch(/reduced or not tolerated pain medication, or physical rehabilitation/);
    const therapy = makeFact('prior_treatment-1', 'prior_treatment', { modality: 'physical_therapy', count: 8, countQualifier: 'exact' }, 'eight sessions of therapy');
    const intolerant = makeFact('clinical_indication-1', 'clinical_indication', { kind: 'oral_intolerance' }, 'cannot tolerate her pain pills');
    for (const fact of [therapy, intolerant]) {
      const [s] = decide([acupuncture], [fact]);
      expect(status(s, 'acupuncture.indication')).toBe('met');
      expect(s.criteria.find((c) => c.criterionId === 'acupuncture.indication')!.facts).toEqual([fact.id]);
    }
  });

  it('a continuation is judged on its improvement, not on the indication for starting', () => {
    const [s] = decide([makeItem({ modality: 'acupuncture', quantity: 4, continuation: true })], []);
    expect(status(s, 'acupuncture.indication')).toBe('not_applicable');
  });

  it('topicals: failed first-line drugs OR intolerance of oral drugs; topical NSAIDs ask for arthritis, not neuropathy', () => {
    const patch = makeItem({ modality: 'medication', text: 'Lidoderm 5% patch #30' });
    const intolerant = makeFact('clinical_indication-1', 'clinical_indication', { kind: 'oral_intolerance' }, 'stomach upset with every oral medication');
    expect(status(decide([patch], [])[0], 'topical-analgesics.first-line-failed')).toBe('not_documented');
    expect(status(decide([patch], [intolerant])[0], 'topical-analgesics.first-line-failed')).toBe('met');
    // not_met only when every alternative is contradicted; one contradiction and one silence is not_documented.
    const noFailure = makeFact('care_course-2', 'care_course', { kind: 'conservative_failed' }, 'no failure of gabapentin', { context: ['negated'] });
    const tolerates = makeFact('clinical_indication-3', 'clinical_indication', { kind: 'oral_intolerance' }, 'no intolerance of oral medication', { context: ['negated'] });
    expect(status(decide([patch], [noFailure])[0], 'topical-analgesics.first-line-failed')).toBe('not_documented');
    const [both] = decide([patch], [noFailure, tolerates]);
    expect(status(both, 'topical-analgesics.first-line-failed')).toBe('not_met');
    expect(both.criteria.find((c) => c.criterionId === 'topical-analgesics.first-line-failed')!.facts).toEqual(['care_course-2', 'clinical_indication-3']);
    const gel = makeItem({ modality: 'medication', text: 'Diclofenac 1% gel 100 g' });
    const arthritis = makeFact('clinical_indication-2', 'clinical_indication', { kind: 'osteoarthritis' }, 'degenerative joint disease of the knee');
    const [s] = decide([gel], [arthritis]);
    expect(status(s, 'topical-analgesics.neuropathic')).toBe('not_applicable');
    expect(status(s, 'topical-analgesics.nsaid-indication')).toBe('met');
  });
});

describe('requests that say too little, and requests that say enough', () => {
  it('a unit must be rented for a stated period or bought', () => {
    expect(codes(decide([makeItem({ modality: 'tens', text: 'TENS unit' })], [])[0])).toContain('REQUEST_UNDERSPECIFIED');
    for (const text of ['TENS unit, 30 day rental', 'TENS unit purchase']) expect(status(decide([makeItem({ modality: 'tens', text })], [])[0], 'tens.rental-or-purchase')).toBe('met');
    expect(status(decide([makeItem({ modality: 'bracing_dme', text: 'Hospital bed rental' })], [])[0], 'dme.rental-or-purchase')).toBe('not_documented');
  });

  it('an inpatient stay given in days and a single evaluation need no visit count; a course of therapy does', () => {
    const stay = makeItem({ modality: 'physical_therapy', text: 'Inpatient rehabilitation with physical therapy for 10-14 days' });
    expect(status(decide([stay], [])[0], 'physical-medicine.request-quantity')).toBe('not_applicable');
    const exam = makeItem({ modality: 'chiropractic', text: 'Chiropractic re-examination of the neck' });
    expect(status(decide([exam], [])[0], 'chiropractic.request-quantity')).toBe('not_applicable');
    const course = makeItem({ modality: 'physical_therapy', text: 'Physical therapy evaluation and treatment of the hip' });
    expect(status(decide([course], [])[0], 'physical-medicine.request-quantity')).toBe('not_documented');
  });
});

describe('which pack governs', () => {
  it('PT/PTT and PT/INR are coagulation tests, not physical therapy', () => {
    for (const text of ['Pre-operative PT/PTT', 'PT / INR blood test']) expect(decide([makeItem({ modality: 'other', text })], [])[0].packId).toBe('mtus-labs.2016');
    expect(decide([makeItem({ modality: 'other', text: 'PT 2x4 for the shoulder' })], [])[0].packId).toBe('mtus-physical-medicine.2016');
  });

  it('a drug inside a procedure does not make it a drug request', () => {
    const shot = makeItem({ modality: 'injection_joint', text: 'Injection of 2cc lidocaine and 1cc triamcinolone to the left knee' });
    expect(decide([shot], [])[0].packId).not.toBe('mtus-topical-analgesics.2016');
  });
});
