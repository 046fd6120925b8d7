import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';
import { fadingScheduleMinimum } from '../../../src/decide/fading-schedule.ts';
import type { RequestedItem } from '../../../src/core/request.ts';

// Sentences written for these tests.
const item = (text: string, quantity: number | null, durationWeeks: number | null): RequestedItem => ({
  index: 1, text, modality: 'acupuncture', quantity, frequencyPerWeek: null, durationWeeks, bodyRegion: null,
  continuation: false, continuationBasis: null, ruleIds: [],
});

describe('a weekly rate range is a fading schedule judged at its low end', () => {
  it('reads the low end of a rate range', () => {
    expect(fadingScheduleMinimum(item('Acupuncture 1 to 2 times per week for 4 weeks, low back', 8, 4))).toBe(4);
    expect(fadingScheduleMinimum(item('Physical therapy 2-3x/week for 6 weeks', 18, 6))).toBe(12);
  });

  it('leaves a single rate, a stated total and a session range alone', () => {
    expect(fadingScheduleMinimum(item('Acupuncture 2 times per week for 4 weeks', 8, 4))).toBeNull();
    expect(fadingScheduleMinimum(item('Acupuncture 1 to 2 times per week for 4 weeks (10 sessions)', 10, 4))).toBeNull();
    expect(fadingScheduleMinimum(item('Physical therapy 12-18 sessions', 18, null))).toBeNull();
  });

  it('an initial acupuncture course of 1 to 2 visits a week for 4 weeks fits the trial', () => {
    const pipeline = createPipeline();
    const doc = createDocument({ id: 'doc-1', source: 'fixture', kind: 'text', pages: [{ text: 'She has neck pain. She has had physical therapy.' }] });
    const codes = (request: string) => pipeline.run({ caseId: 'fixture', documents: [doc], requests: [request] }).items[0].gaps.map((g) => g.code);
    expect(codes('Initial acupuncture 1 to 2 times per week for 4 weeks for the neck')).not.toContain('EXCEEDS_GUIDELINE_QUANTITY');
    expect(codes('Initial acupuncture 2 times per week for 4 weeks for the neck')).toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });
});
