import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Sentences written for these tests.
describe('the remainder of a request a review modified counts with the part it certified', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, request: string) => {
    const doc = createDocument({ id: `doc-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: [request] });
  };
  const kinds = (text: string) => run(text, 'Chiropractic x 2').facts
    .filter((f) => f.type === 'care_course').map((f) => (f.value as { kind: string }).kind);
  const codes = (text: string, request: string) => run(text, request).items[0].gaps.map((g) => g.code);

  it.each([
    'The request for chiropractic care was modified to 6 sessions.',
    'Utilization review resulted in modification for an initial 6 sessions of chiropractic care.',
    'The request for chiropractic treatment was modified to allow for a 6 session trial.',
  ])('reads the certified count in "%s"', (sentence) => {
    expect(kinds(sentence)).toContain('modified_sessions');
  });

  it('does not read the count of the original request as certified', () => {
    expect(kinds('The request for chiropractic care 2 times a week for 4 weeks was denied.')).not.toContain('modified_sessions');
  });

  it('an item below the certified count is the remainder: together they exceed the trial', () => {
    const text = 'He has low back pain. The request for chiropractic care was modified to 6 sessions.';
    expect(codes(text, 'Chiropractic manipulation, 2 sessions')).toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });

  it('an item asking as many as were certified is the original request, not counted twice', () => {
    const text = 'He has low back pain. The request for chiropractic care was modified to 6 sessions.';
    expect(codes(text, 'Chiropractic manipulation, 6 sessions')).not.toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });

  it('a certification of another modality does not count', () => {
    const text = 'He has low back pain. The request for acupuncture was modified to 6 sessions.';
    expect(codes(text, 'Chiropractic manipulation, 2 sessions')).not.toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });
});

describe('the results a certified trial owes are the reason given, not improvement or a home program', () => {
  const pipeline = createPipeline();
  let n = 0;
  const codes = (text: string) => {
    const doc = createDocument({ id: `doc-p${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: ['Additional physical therapy x 6'] }).items[0].gaps.map((g) => g.code);
  };

  it('an owed trial result leaves only PRIOR_TREATMENT_OUTCOME_UNKNOWN', () => {
    const got = codes('He has had physical therapy for low back pain. The request for physical therapy was modified to 6 sessions.');
    expect(got).toContain('PRIOR_TREATMENT_OUTCOME_UNKNOWN');
    expect(got).not.toContain('FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED');
    expect(got).not.toContain('HOME_PROGRAM_SUFFICIENT');
  });

  it('without a certification the improvement and home program criteria still speak', () => {
    const got = codes('He has had physical therapy for low back pain.');
    expect(got).toContain('FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED');
    expect(got).toContain('HOME_PROGRAM_SUFFICIENT');
  });
});
