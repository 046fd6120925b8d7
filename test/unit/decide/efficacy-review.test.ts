import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Sentences written for these tests.
describe('an earlier review that found the benefit of care undocumented (8 CCR 9792.20(e))', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, request: string) => {
    const doc = createDocument({ id: `doc-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: [request] }).items[0];
  };
  const fi = (text: string, request: string) => run(text, request).criteria.find((c) => c.criterionId.endsWith('functional-improvement'))!;
  const pain = 'The worker reports ongoing low back pain with stiffness. ';

  it('makes the functional-improvement criterion apply to a request that reads as a first one', () => {
    const text = `${pain}The request for chiropractic manipulation was non-certified on 2/4 as there was no documentation of functional improvement.`;
    const result = fi(text, 'Chiropractic manipulation 2 times a week for 3 weeks, lumbar spine');
    expect(result.status).toBe('not_documented');
    expect(result.explanation).toContain('An earlier review found the benefit of this care undocumented');
    expect(run(text, 'Chiropractic manipulation 2 times a week for 3 weeks, lumbar spine').gaps.map((g) => g.code)).toContain('FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED');
  });

  it('reads the care from the review sentence: a list of denied requests counts for each', () => {
    const text = `${pain}The requests for acupuncture, massage and electrical stimulation were denied due to a lack of documented functional benefit from prior sessions.`;
    expect(run(text, 'Electrical muscle stimulation 2 times a week for 4 weeks').gaps.map((g) => g.code)).toContain('FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED');
    expect(fi(text, 'Acupuncture x 6 for the low back').status).toBe('not_documented');
  });

  it('not for care the review did not concern', () => {
    const text = `${pain}The request for acupuncture was denied due to a lack of documented functional benefit.`;
    expect(fi(text, 'Physical therapy 2 times a week for 3 weeks, lumbar spine').status).toBe('not_applicable');
  });

  it('a drug review counts for a drug of the same class', () => {
    const text = `${pain}Hydrocodone was denied by the prior reviewer due to lack of documented medication efficacy.`;
    expect(fi(text, 'Oxycodone 5 mg #30').status).toBe('not_documented');
  });

  it('a gain stated only in general terms does not answer the review; a measured gain does', () => {
    const review = `${pain}Physical therapy was denied on 1/9 as there was no documentation of functional improvement. `;
    expect(fi(`${review}She states she is doing better overall.`, 'Physical therapy x 6 for the lumbar spine').status).toBe('not_documented');
    expect(fi(`${review}Since then she can sit for an hour and has returned to full duty.`, 'Physical therapy x 6 for the lumbar spine').status).toBe('met');
  });
});

describe('spine imaging: sensory change over a range of roots is not specific nerve compromise (IMG-1)', () => {
  const pipeline = createPipeline();
  let n = 0;
  const codes = (text: string) => {
    const doc = createDocument({ id: `img-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: ['MRI of the lumbar spine'] }).items[0].gaps.map((g) => g.code);
  };

  it('raises NO_OBJECTIVE_FINDINGS for a deficit over L3-S1, not for one in the L5 dermatome', () => {
    expect(codes('He reports low back pain radiating to the left leg. Light touch sensation was reduced in the L3-S1 dermatomes.')).toContain('NO_OBJECTIVE_FINDINGS');
    expect(codes('He reports low back pain radiating to the left leg. Light touch sensation was reduced in the left L5 dermatome.')).not.toContain('NO_OBJECTIVE_FINDINGS');
  });
});
