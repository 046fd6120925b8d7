import { describe, expect, it } from 'vitest';
import { createPainReliefExtractor } from '../../../src/extract/pain-relief.ts';
import { runExtractor } from './run-extractor.ts';

const { asserted } = runExtractor(createPainReliefExtractor({}));

/** Asserted pain-relief values of a text. */
function relief(text: string) {
  return asserted(text).map((f) => f.value);
}

describe('pain relief', () => {
  it.each([
    ['After the facet injection she reported 40% pain relief for several days.', 40, 40, 'several days', 'injection_facet'],
    ['Acupuncture gave him 30-50% improvement.', 30, 50, null, 'acupuncture'],
    ['He noted relief of 60 percent lasting 2 weeks after the epidural steroid injection.', 60, 60, '2 weeks', 'injection_epidural'],
    ['She feels about 25% better.', 25, 25, null, null],
    ['Norco reduced her pain by 50%.', 50, 50, null, null],
    ['The knee is 35% to 45 % better since the Synvisc injection.', 35, 45, null, 'injection_joint'],
  ])('%s', (text, lo, hi, duration, attributedTo) => {
    expect(relief(text)).toEqual([{ percentLow: lo, percentHigh: hi, duration, attributedTo }]);
  });

  it('ignores percentages that are not relief', () => {
    expect(relief('About 80% of her pain is in the left leg.')).toEqual([]);
    expect(relief('Lumbar flexion was decreased by 20%.')).toEqual([]);
    expect(relief('He rated a 12% whole person impairment.')).toEqual([]);
    expect(relief('FEV1 was 65% of predicted and improved after the bronchodilator.')).toEqual([]);
  });

  it('drops negated relief', () => {
    expect(relief('She denies any 50% relief from the injection.')).toEqual([]);
  });
});

describe('pain relief: percentages in words', () => {
  it('reads "relief of eighty percent" and "sixty-five percent better"', () => {
    expect(relief('The facet injection gave relief of eighty percent.')).toMatchObject([{ percentLow: 80, percentHigh: 80 }]);
    expect(relief('She felt sixty-five percent better after the block.')).toMatchObject([{ percentLow: 65, percentHigh: 65 }]);
  });
});

describe('pain relief: fewer pain episodes', () => {
  it.each([
    ['She reports 40-50% fewer migraine days for about 8 weeks after the Botox injections.', 40, 50, '8 weeks'],
    ['Since the occipital nerve blocks he has had a 60% reduction in headache frequency.', 60, 60, null],
    ['Headache days have decreased by 30% with acupuncture.', 30, 30, null],
  ])('%s', (text, lo, hi, duration) => {
    expect(relief(text).map((v) => { const r = v as { percentLow: number; percentHigh: number; duration: string | null }; return [r.percentLow, r.percentHigh, r.duration]; }))
      .toEqual([[lo, hi, duration]]);
  });

  it('does not take other frequencies as relief', () => {
    expect(relief('She has headaches on 50% of the days in a month.')).toEqual([]);
    expect(relief('He made 30% fewer visits this year.')).toEqual([]);
  });
});
