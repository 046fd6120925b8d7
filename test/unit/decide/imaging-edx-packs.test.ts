import { describe, expect, it } from 'vitest';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const codes = (s: { gaps: { code: string }[] }) => s.gaps.map((g) => g.code);

// Fixture sentences written for these tests.
const persisting = makeFact('care_course-1', 'care_course', { kind: 'persisting_after_care' }, 'pain persisted after eight sessions of therapy');
const priorEmg = makeFact('diagnostic_study-1', 'diagnostic_study', { kind: 'emg' }, 'nerve conduction study last spring');
const priorFilms = makeFact('diagnostic_study-2', 'diagnostic_study', { kind: 'xray' }, 'lumbar radiographs taken in the emergency room');

describe('shoulder imaging: the IMG-2 criteria are alternatives', () => {
  const mri = makeItem({ modality: 'imaging', text: 'MRI of the left shoulder' });

  it('a silent record still raises the surgical-candidate, red-flag and conservative-care gaps', () => {
    const [s] = decide([mri], []);
    expect(s.packId).toBe('mtus-imaging-shoulder.2004');
    expect(codes(s)).toEqual(['NOT_SURGICAL_CANDIDATE', 'NO_RED_FLAGS', 'CONSERVATIVE_CARE_NOT_DOCUMENTED']);
  });

  it('failure to progress in a therapy programme answers the red-flag and surgical criteria', () => {
    const [s] = decide([mri], [persisting]);
    expect(s.gaps).toEqual([]);
    expect(s.decision).toBe('Overturned');
  });
});

describe('electrodiagnostic testing: the conservative course is not asked of every study', () => {
  it('SSEPs are not recommended at all, so no course of care is asked for', () => {
    const [s] = decide([makeItem({ modality: 'electrodiagnostic', text: 'SSEP of the lower extremities' })], []);
    expect(codes(s)).toContain('NOT_RECOMMENDED_BY_GUIDELINE');
    expect(codes(s)).not.toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
  });

  it('a repeat study is weighed by its new indication, not the course before the first', () => {
    const [s] = decide([makeItem({ modality: 'electrodiagnostic', text: 'EMG/NCS of the right upper extremity' })], [priorEmg]);
    expect(codes(s)).toContain('DUPLICATIVE_TREATMENT');
    expect(codes(s)).not.toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
    const [first] = decide([makeItem({ modality: 'electrodiagnostic', text: 'EMG/NCS of the right upper extremity' })], []);
    expect(codes(first)).toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
  });

  it('repeat radiographs likewise', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'X-rays of the lumbar spine' })], [priorFilms]);
    expect(s.packId).toBe('mtus-imaging-xray.2004');
    // Reviewers name the duplication of plain films, not a missing rationale (round 11).
    expect(codes(s).sort()).toEqual(['DUPLICATIVE_TREATMENT', 'NO_RED_FLAGS']);
  });
});

describe('radiographs of the neck ask for physiologic evidence, lumbar films for red flags alone', () => {
  const intact = makeFact('exam_finding-1', 'exam_finding', { kind: 'normal_neuro' }, 'sensation and strength intact in both arms');
  it('a normal neurological examination contradicts cervical films (IMG-5), not lumbar ones (IMG-7)', () => {
    const [neck] = decide([makeItem({ modality: 'imaging', text: 'X-rays of the cervical spine' })], [intact]);
    expect(neck.criteria.find((c) => c.criterionId === 'imaging-xray.neck-findings')!.status).toBe('not_met');
    expect(codes(neck)).toContain('NO_OBJECTIVE_FINDINGS');
    const [low] = decide([makeItem({ modality: 'imaging', text: 'X-rays of the lumbar spine' })], [intact]);
    expect(codes(low)).not.toContain('NO_OBJECTIVE_FINDINGS');
  });
});

describe('other imaging: each region is weighed by the criteria of its own section', () => {
  const other = (text: string) => decide([makeItem({ modality: 'imaging', text })], [])[0];

  it('wrist and hand studies ask for the course of care and the question, not for red flags (IMG-9)', () => {
    const s = other('MRI of the right wrist');
    expect(s.packId).toBe('mtus-imaging-other.2004');
    expect(codes(s).sort()).toEqual(['CONSERVATIVE_CARE_NOT_DOCUMENTED', 'RATIONALE_NOT_PROVIDED']);
  });

  it('hip and elbow studies ask for the suspected lesion (IMG-10, IMG-12)', () => {
    expect(codes(other('MRI of the left hip')).sort()).toEqual(['CONSERVATIVE_CARE_NOT_DOCUMENTED', 'INDICATION_NOT_DOCUMENTED', 'NO_RED_FLAGS']);
    expect(codes(other('MRI of the right elbow'))).toContain('INDICATION_NOT_DOCUMENTED');
  });

  it('a head CT answers acute criteria, a bone scan a diagnosis: no waiting period is asked (IMG-11)', () => {
    expect(codes(other('CT scan of the head')).sort()).toEqual(['NO_OBJECTIVE_FINDINGS', 'NO_RED_FLAGS']);
    expect(codes(other('Three phase bone scan of the right foot'))).not.toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
    expect(codes(other('MRI of the brain without contrast')).sort()).toEqual(['CONSERVATIVE_CARE_NOT_DOCUMENTED', 'NO_RED_FLAGS']);
  });
});

describe('electrodiagnostic testing to tell competing nerve diagnoses apart', () => {
  const cts = makeFact('diagnosis-1', 'diagnosis', { name: 'right carpal tunnel syndrome', icd10: null }, 'right carpal tunnel syndrome');
  const radic = makeFact('diagnosis-2', 'diagnosis', { name: 'cervical radiculopathy', icd10: null }, 'cervical radiculopathy');
  const tingling = makeFact('clinical_indication-1', 'clinical_indication', { kind: 'neuropathic' }, 'tingling in the right hand');
  const emg = makeItem({ modality: 'electrodiagnostic', text: 'EMG/NCV of the right upper extremity' });

  it('carpal tunnel syndrome beside a cervical radiculopathy answers the course of care, not the exam criterion', () => {
    const [s] = decide([emg], [cts, radic, tingling]);
    // EDX-1 still asks for supporting exam findings: a differential does not replace the exam.
    expect(codes(s)).toEqual(['NO_OBJECTIVE_FINDINGS']);
  });

  it('one nerve diagnosis alone does not', () => {
    const [s] = decide([emg], [cts, tingling]);
    expect(codes(s).sort()).toEqual(['CONSERVATIVE_CARE_NOT_DOCUMENTED', 'NO_OBJECTIVE_FINDINGS']);
  });
});

describe('head CT asks for the acute criteria (IMG-11)', () => {
  it('a focal deficit answers it; a non-focal examination contradicts it', () => {
    const ct = makeItem({ modality: 'imaging', text: 'CT scan of the head' });
    const focal = makeFact('exam_finding-1', 'exam_finding', { kind: 'neuro_deficit' }, 'left facial droop');
    const intact = makeFact('exam_finding-2', 'exam_finding', { kind: 'normal_neuro' }, 'cranial nerves intact');
    const status = (facts: ReturnType<typeof makeFact>[]) => decide([ct], facts)[0].criteria.find((c) => c.criterionId === 'imaging-other.head-ct-findings')!.status;
    expect(status([focal])).toBe('met');
    expect(status([intact])).toBe('not_met');
    expect(decide([makeItem({ modality: 'imaging', text: 'MRI of the brain' })], [])[0].criteria.find((c) => c.criterionId === 'imaging-other.head-ct-findings')!.status).toBe('not_applicable');
  });
});
