import { describe, expect, it } from 'vitest';
import { createDecider, createSituation, PREDICATES } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const status = (s: { criteria: { criterionId: string; status: string }[] }, id: string) => s.criteria.find((c) => c.criterionId === id)?.status;

// Fixture sentences written for these tests.
describe('a documentation-gap mention is not evidence that the thing is there', () => {
  const documented = PREDICATES['evidence-documented'];
  const absent = PREDICATES['evidence-absent'];
  const params = { type: 'care_course', kinds: ['conservative_failed'], lookedFor: 'a failed course of care' } as const;
  const gapFailed = makeFact('c1', 'care_course', { kind: 'conservative_failed' }, 'failed first-line therapy', { context: ['documentation_gap'] });

  it('evidence-documented: a gap mention is not_documented and is quoted; a plain mention is met', () => {
    const s = createSituation(makeItem({ modality: 'imaging' }), [gapFailed]);
    const out = documented.evaluate(params, s);
    expect(out).toMatchObject({ status: 'not_documented', facts: ['c1'] });
    expect(out.explanation).toContain('"failed first-line therapy"');
    const plain = makeFact('c2', 'care_course', { kind: 'conservative_failed' }, 'pain persisted despite therapy');
    expect(documented.evaluate(params, createSituation(makeItem({ modality: 'imaging' }), [gapFailed, plain]))).toMatchObject({ status: 'met', facts: ['c2'] });
  });

  it('evidence-documented: a negated mention still outranks a gap mention (not_met)', () => {
    const denied = makeFact('c3', 'care_course', { kind: 'conservative_failed' }, 'failed therapy', { context: ['negated'] });
    expect(documented.evaluate(params, createSituation(makeItem({ modality: 'imaging' }), [gapFailed, denied])).status).toBe('not_met');
  });

  it('evidence-absent: "no documentation of an earlier EMG" does not show an earlier EMG', () => {
    const p = { type: 'diagnostic_study', kinds: ['emg'], lookedFor: 'an earlier electrodiagnostic study' } as const;
    const gapEmg = makeFact('d1', 'diagnostic_study', { kind: 'emg' }, 'prior EMG', { context: ['documentation_gap'] });
    expect(absent.evaluate(p, createSituation(makeItem({ modality: 'electrodiagnostic' }), [gapEmg])).status).toBe('met');
    const done = makeFact('d2', 'diagnostic_study', { kind: 'emg' }, 'EMG in March was normal');
    expect(absent.evaluate(p, createSituation(makeItem({ modality: 'electrodiagnostic' }), [done])).status).toBe('not_met');
  });

  it('in a pack: "no documentation of any red flags" leaves NO_RED_FLAGS raised', () => {
    const gapFlag = makeFact('r1', 'red_flag', { kind: 'red_flag' }, 'red flag conditions', { context: ['documentation_gap'] });
    const [s] = decide([makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' })], [gapFlag]);
    expect(s.gaps.map((g) => g.code)).toContain('NO_RED_FLAGS');
  });
});

describe('symptoms persisting after a supervised course satisfy conservative care before special studies', () => {
  const persisting = makeFact('care_course-9', 'care_course', { kind: 'persisting_after_care' }, 'continues to have neck pain');
  it.each([
    ['MRI of the cervical spine', 'imaging-spine.conservative-care'],
    ['MRI of the right shoulder', 'imaging-shoulder.conservative-care'],
    ['MRI of the left knee', 'imaging-knee.conservative-care'],
    ['EMG of the bilateral upper extremities', 'electrodiagnostic.conservative-care'],
  ])('%s', (text, criterion) => {
    const [without] = decide([makeItem({ modality: 'imaging', text })], []);
    expect(status(without, criterion)).toBe('not_documented');
    const [withCourse] = decide([makeItem({ modality: 'imaging', text })], [persisting]);
    expect(status(withCourse, criterion)).toBe('met');
  });
});

describe('the topic words "red flags" are not a red flag', () => {
  const request = () => makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' });
  it('a bare mention leaves the red-flag criterion not documented; a denial still contradicts it', () => {
    const bare = makeFact('red_flag-5', 'red_flag', { kind: 'red_flag' }, 'red flags');
    const [s] = decide([request()], [bare]);
    expect(status(s, 'imaging-spine.red-flags')).toBe('not_documented');
    const denied = makeFact('red_flag-6', 'red_flag', { kind: 'red_flag' }, 'red flags', { context: ['negated'] });
    expect(status(decide([request()], [denied])[0], 'imaging-spine.red-flags')).toBe('not_met');
    const fracture = makeFact('red_flag-7', 'red_flag', { kind: 'fracture' }, 'compression fracture at L1');
    expect(status(decide([request()], [bare, fracture])[0], 'imaging-spine.red-flags')).toBe('met');
  });
});

describe('a red flag supports imaging of its own region only, and stands in for conservative care there', () => {
  const lumbar = () => makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine', bodyRegion: 'lumbar spine' });
  const fracture = (id: string, text: string, sentence: string, context: ('historical')[] = []) => {
    const f = makeFact(id, 'red_flag', { kind: 'fracture' }, text, { context });
    return { ...f, sentence };
  };

  it('an L1 fracture is a red flag for lumbar imaging and replaces the month of conservative care', () => {
    const [s] = decide([lumbar()], [fracture('rf-1', 'fracture', 'The CT showed an L1 compression fracture.')]);
    expect(status(s, 'imaging-spine.red-flags')).toBe('met');
    expect(status(s, 'imaging-spine.conservative-care')).toBe('met');
  });

  it('a wrist fracture, or a remote one, is not', () => {
    const [wrist] = decide([lumbar()], [fracture('rf-2', 'fracture', 'He fell and sustained a fracture of the left wrist.')]);
    expect(status(wrist, 'imaging-spine.red-flags')).toBe('not_documented');
    expect(status(wrist, 'imaging-spine.conservative-care')).toBe('not_documented');
    const [remote] = decide([lumbar()], [fracture('rf-3', 'fracture', 'History of a lumbar fracture in 1998.', ['historical'])]);
    expect(status(remote, 'imaging-spine.red-flags')).toBe('not_documented');
  });

  it('a fracture named nearest its own site counts where the request names that site', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'X-rays of the right wrist', bodyRegion: 'right wrist' })],
      [fracture('rf-4', 'fracture', 'Low back pain after the fall; a fracture of the right wrist was suspected.')]);
    expect(s.packId).toBe('mtus-imaging-xray.2004');
    expect(s.criteria.find((c) => c.criterionId.endsWith('red-flags'))!.status).toBe('met');
  });
});
