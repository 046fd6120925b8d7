import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createDecider } from '../../../src/decide/index.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const codes = (s: { gaps: { code: string }[] }) => s.gaps.map((g) => g.code);
const status = (s: { criteria: { criterionId: string; status: string }[] }, id: string) => s.criteria.find((c) => c.criterionId === id)?.status;

// Fixture sentences written for these tests.
const neckFracture = makeFact('red_flag-1', 'red_flag', { kind: 'fracture' }, 'Radiographs showed a fracture of the C5 vertebral body.');
const ruleOut = makeFact('red_flag-2', 'red_flag', { kind: 'fracture' }, 'The plan is an MRI to rule out a fracture of the lumbar spine.', { context: ['possible'] });
const mcMurray = makeFact('exam_finding-1', 'exam_finding', { kind: 'provocative_test' }, 'McMurray test of the right knee was positive.');
const spurling = makeFact('exam_finding-2', 'exam_finding', { kind: 'provocative_test' }, 'Spurling test of the neck was positive.');

describe('red flags warrant spine imaging without the surgical or neurological path (IMG-1)', () => {
  it('a current fracture of the imaged region stands in for a surgical plan and a dermatomal deficit', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'CT of the cervical spine' })], [neckFracture]);
    expect(codes(s)).toEqual([]);
    expect(status(s, 'imaging-spine.surgical-candidate')).toBe('met');
    expect(status(s, 'imaging-spine.neurological-findings')).toBe('met');
    expect(s.decision).toBe('Overturned');
  });

  it('a study ordered "to rule out" a fracture states its question, not a red flag', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' })], [ruleOut]);
    expect(status(s, 'imaging-spine.red-flags')).toBe('not_documented');
    expect(codes(s)).toContain('NO_RED_FLAGS');
    expect(codes(s)).toContain('NOT_SURGICAL_CANDIDATE');
  });
});

describe('spine imaging while conservative care is not shown to fail (IMG-1)', () => {
  // Fixture sentence written for this test: the record contradicts a failed conservative course.
  const stillHelping = makeFact('care_course-1', 'care_course', { kind: 'conservative_failed' }, 'Physical therapy has not failed; he reports steady gains with each visit.', { context: ['negated'] });

  it('raises the conservative-care gap alone, not a missing surgical plan as well', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' })], [stillHelping]);
    expect(status(s, 'imaging-spine.conservative-care')).toBe('not_met');
    expect(status(s, 'imaging-spine.surgical-candidate')).toBe('not_documented');
    expect(codes(s)).toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
    expect(codes(s)).not.toContain('NOT_SURGICAL_CANDIDATE');
  });

  it('a record silent on the course still asks for a surgical plan', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' })], []);
    expect(codes(s)).toEqual(expect.arrayContaining(['CONSERVATIVE_CARE_NOT_DOCUMENTED', 'NOT_SURGICAL_CANDIDATE']));
  });
});

describe('knee imaging when a tear is suspected (IMG-8)', () => {
  it('a positive meniscal test of the knee answers both the red-flag and the conservative-care criteria', () => {
    const [silent] = decide([makeItem({ modality: 'imaging', text: 'MRI of the right knee' })], []);
    expect(codes(silent)).toEqual(expect.arrayContaining(['NO_RED_FLAGS', 'CONSERVATIVE_CARE_NOT_DOCUMENTED']));
    const [s] = decide([makeItem({ modality: 'imaging', text: 'MRI of the right knee' })], [mcMurray]);
    expect(codes(s)).toEqual([]);
  });

  it('a positive test of another region does not', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'MRI of the right knee' })], [spurling]);
    expect(codes(s)).toEqual(expect.arrayContaining(['NO_RED_FLAGS', 'CONSERVATIVE_CARE_NOT_DOCUMENTED', 'NO_OBJECTIVE_FINDINGS']));
  });
});

describe('full-thickness rotator cuff tears and pre-operative testing (SURG-3, SURG-9, SURG-10)', () => {
  const pipeline = createPipeline();
  const run = (text: string, requests: string[]) => pipeline.run({
    caseId: 'fixture', requests,
    documents: [createDocument({ id: 'doc-1', source: 'fixture', kind: 'text', pages: [{ text }] })],
  });
  const repair = 'Arthroscopic rotator cuff repair of the left shoulder';

  it('an imaged full-thickness tear calls for repair without a failed course of conservative care first', () => {
    const torn = run('Her shoulder MRI showed a full-thickness tear of the supraspinatus tendon. Strength was 4/5 in abduction with a positive drop arm test.', [repair]);
    expect(torn.facts.some((f) => f.type === 'red_flag' && (f.value as { kind: string }).kind === 'full_thickness_tear')).toBe(true);
    expect(torn.items[0].criteria.find((c) => c.criterionId === 'surgery.conservative-care')!.status).toBe('met');
    const partial = run('Her shoulder MRI showed a partial tear of the supraspinatus tendon. Strength was 4/5 in abduction with a positive drop arm test.', [repair]);
    expect(partial.items[0].gaps.map((g) => g.code)).toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
  });

  it('a pre-operative ECG asks for cardiac risk factors and coagulation tests for a bleeding risk', () => {
    const base = 'His shoulder MRI showed a full-thickness tear of the rotator cuff with weakness of elevation and a positive drop arm test.';
    const healthy = run(base, [repair, 'Pre-operative EKG', 'Pre-operative PT/PTT']);
    expect(healthy.items[1].gaps.map((g) => g.code)).toEqual(['INDICATION_NOT_DOCUMENTED']);
    expect(healthy.items[2].gaps.map((g) => g.code)).toEqual(['INDICATION_NOT_DOCUMENTED']);
    const atRisk = run(`${base} He has coronary artery disease and takes warfarin.`, [repair, 'Pre-operative EKG', 'Pre-operative PT/PTT']);
    expect(atRisk.items[1].gaps).toEqual([]);
    expect(atRisk.items[2].gaps).toEqual([]);
  });

  it('when the procedure is not supported, the associated test fails on that alone', () => {
    const [surgery, ecg] = decide([
      makeItem({ modality: 'surgery', text: 'Arthroscopic knee surgery', index: 1 }),
      makeItem({ modality: 'lab_testing', text: 'Associated surgical service: EKG', index: 2 }),
    ], []);
    expect(surgery.decision).toBe('Upheld');
    expect(codes(ecg)).toEqual(['DEPENDENT_REQUEST_NOT_CERTIFIED']);
  });
});
