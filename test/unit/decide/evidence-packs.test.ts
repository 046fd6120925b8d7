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
