import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { maxTotalVisits } from '../../../src/decide/predicates/max-total-visits.ts';
import { createSituation } from '../../../src/decide/situation.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';
import { makeItem } from './make-fact.ts';

// Sentences written for these tests.
describe('an uncounted therapy continuation follows at least the six-visit trial (PT-1, Round 15)', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, request: string) => {
    const doc = createDocument({ id: `pt-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: [request] }).items[0];
  };
  const status = (item: ReturnType<typeof run>, id: string) => item.criteria.find((c) => c.criterionId === id)?.status;
  const codes = (item: ReturnType<typeof run>) => item.gaps.map((g) => g.code);
  const given = 'He reports ongoing low back pain rated 5/10. He has been attending physical therapy for the lumbar spine. ';

  it('eight more visits after an uncounted course exceed the total even at six visits given', () => {
    const item = run(given, 'Additional physical therapy 2 times a week for 4 weeks for the lumbar spine');
    expect(item.packId).toBe('mtus-physical-medicine.2016');
    expect(status(item, 'physical-medicine.continuation-total')).toBe('not_documented');
    const gap = item.gaps.find((g) => g.criterionId === 'physical-medicine.continuation-total');
    expect(gap?.code).toBe('EXCEEDS_GUIDELINE_QUANTITY');
    expect(gap?.message).toMatch(/at least 6 visits/);
    expect(gap?.facts.length).toBeGreaterThan(0);
  });

  it('four more visits fit within the total after the trial, so nothing is claimed', () => {
    const item = run(given, 'Additional physical therapy x 4 for the lumbar spine');
    expect(status(item, 'physical-medicine.continuation-total')).toBe('not_applicable');
    expect(codes(item)).not.toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });

  it('a counted course is judged by the total-visits criterion instead', () => {
    const item = run('He reports ongoing low back pain rated 5/10. He has completed 2 sessions of physical therapy. ', 'Additional physical therapy x 6 for the lumbar spine');
    expect(status(item, 'physical-medicine.continuation-total')).toBe('not_applicable');
    expect(status(item, 'physical-medicine.total-visits')).toBe('met');
    expect(codes(item)).not.toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });

  it('not for a first course', () => {
    const item = run('She reports neck pain after a fall at work; no treatment has been given yet. ', 'Physical therapy x 8 for the cervical spine');
    expect(status(item, 'physical-medicine.continuation-total')).toBe('not_applicable');
  });
});

describe('max-total-visits presumedPrior', () => {
  const item = makeItem({ modality: 'physical_therapy', text: 'Physical therapy x 8', quantity: 8 });
  it('without the parameter an unknown count stays not_applicable', () => {
    expect(maxTotalVisits.evaluate({ max: 10 }, createSituation(item, [])).status).toBe('not_applicable');
  });
  it('with it the presumed course plus the request is judged, only above the total', () => {
    const over = maxTotalVisits.evaluate({ max: 10, presumedPrior: 6 }, createSituation(item, []));
    expect(over.status).toBe('not_documented');
    expect(over.vars).toMatchObject({ total: 14, max: 10 });
    const within = maxTotalVisits.evaluate({ max: 10, presumedPrior: 2 }, createSituation(item, []));
    expect(within.status).toBe('not_applicable');
  });
});
