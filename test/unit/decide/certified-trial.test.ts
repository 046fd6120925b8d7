import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Sentences written for these tests.
describe('a trial a review already certified must show results (MTUS PT-5)', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, request: string) => {
    const doc = createDocument({ id: `doc-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: [request] });
  };
  const codes = (text: string, request: string) => run(text, request).items[0].gaps.map((g) => g.code);
  const modified = (text: string) => run(text, 'Physical therapy x 4').facts
    .filter((f) => f.type === 'care_course' && (f.value as { kind: string }).kind === 'request_modified');

  it.each([
    'Utilization review modified the request for physical therapy to four visits.',
    'The requested aquatic therapy was partially modified by the reviewer.',
    'Her physical therapy referral was modified by UR last month.',
  ])('reads a modification in "%s"', (sentence) => {
    expect(modified(sentence)).toHaveLength(1);
  });

  it('does not read activity modification or modified duty', () => {
    expect(modified('Care has included activity modification and a brace; she works modified duty.')).toHaveLength(0);
    expect(modified('His work status was modified duties since March.')).toHaveLength(0);
  });

  it('a modified therapy request with no reported result raises PRIOR_TREATMENT_OUTCOME_UNKNOWN', () => {
    const text = 'The worker reports low back pain. Utilization review modified the request for physical therapy to an initial trial of four visits.';
    expect(codes(text, 'Physical therapy x 4 for the lumbar spine')).toContain('PRIOR_TREATMENT_OUTCOME_UNKNOWN');
  });

  it('not when the modification concerned another modality, or the results are reported', () => {
    const other = 'The worker reports low back pain. Utilization review modified the request for acupuncture to four sessions.';
    expect(codes(other, 'Physical therapy x 4 for the lumbar spine')).not.toContain('PRIOR_TREATMENT_OUTCOME_UNKNOWN');
    const improved = 'The worker reports low back pain. Utilization review modified the request for physical therapy to four visits. '
      + 'After those visits she can now sit for an hour and has returned to full duty.';
    expect(codes(improved, 'Physical therapy x 4 for the lumbar spine')).not.toContain('PRIOR_TREATMENT_OUTCOME_UNKNOWN');
  });

  it('yields to a broken quantity limit: the limit is the reason given', () => {
    const text = 'The worker reports neck pain. Eight acupuncture sessions were certified by the reviewer in June.';
    const gaps = codes(text, 'Acupuncture x 6 for the neck');
    expect(gaps).toContain('EXCEEDS_GUIDELINE_QUANTITY');
    expect(gaps).not.toContain('PRIOR_TREATMENT_OUTCOME_UNKNOWN');
    const within = codes('The worker reports neck pain. Two acupuncture sessions were certified by the reviewer in June.', 'Acupuncture x 2 for the neck');
    expect(within).toContain('PRIOR_TREATMENT_OUTCOME_UNKNOWN');
  });
});
