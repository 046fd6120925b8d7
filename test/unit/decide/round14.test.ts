import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Sentences written for these tests.
describe('an opioid continued after a review found its efficacy undocumented exceeds the trial (OPI-2, OPI-6)', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, request: string) => {
    const doc = createDocument({ id: `opi-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: [request] }).items[0];
  };
  const longTerm = (item: ReturnType<typeof run>) => item.criteria.find((c) => c.criterionId === 'opioids.long-term')?.status;
  const codes = (item: ReturnType<typeof run>) => item.gaps.map((g) => g.code);
  const pain = 'She reports constant neck pain rated 6/10 that wakes her at night. ';
  const review = 'Tramadol was non-certified on 12/2 because its efficacy had not been documented. ';

  it('raises EXCEEDS_GUIDELINE_DURATION beside the functional-improvement gap when no gain is shown since', () => {
    const item = run(`${pain}${review}`, 'Tramadol 50mg #60');
    expect(item.packId).toBe('mtus-opioids.2016');
    expect(longTerm(item)).toBe('not_documented');
    expect(codes(item)).toEqual(expect.arrayContaining(['EXCEEDS_GUIDELINE_DURATION', 'FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED']));
  });

  it('a measured functional gain since the review meets it', () => {
    const item = run(`${pain}${review}With the medication she now walks for 30 minutes and has returned to full duty.`, 'Tramadol 50mg #60');
    expect(longTerm(item)).toBe('met');
    expect(codes(item)).not.toContain('EXCEEDS_GUIDELINE_DURATION');
  });

  it('not for a first opioid prescription without such a review', () => {
    const item = run(pain, 'Tramadol 50mg #60');
    expect(longTerm(item)).toBe('not_applicable');
    expect(codes(item)).not.toContain('EXCEEDS_GUIDELINE_DURATION');
  });

  it('not when the review concerned a drug of another class', () => {
    const item = run(`${pain}Naproxen was non-certified on 12/2 because its efficacy had not been documented.`, 'Tramadol 50mg #60');
    expect(longTerm(item)).toBe('not_applicable');
  });
});
