import { describe, expect, it } from 'vitest';
import { createPainReliefExtractor } from '../../../src/extract/pain-relief.ts';
import { runExtractor } from './run-extractor.ts';

// Probes written for prescreen in the way PR-2 notes report percentage relief, and percentages
// that are not relief (disability indices, drug strengths, shares of time, work capacity).
const { asserted } = runExtractor(createPainReliefExtractor({}));
const percents = (text: string) => asserted(text).map((f) => {
  const v = f.value as { percentLow: number; percentHigh: number };
  return [v.percentLow, v.percentHigh];
});
const durations = (text: string) => asserted(text).map((f) => (f.value as { duration: string | null }).duration);

describe('pain relief probes: percentages of relief', () => {
  it.each<[string, number[][]]>([
    ['She reports 50% improvement in her low back pain since starting acupuncture.', [[50, 50]]],
    ['The L5-S1 ESI on 3/1/24 provided relief of 60-70% for about 3 weeks.', [[60, 70]]],
    ['He states he is 70% better for 3 weeks after the trigger point injections.', [[70, 70]]],
    ['With Norco his pain is reduced 40%.', [[40, 40]]],
    ['Post-injection, she reported 80 percent relief of her leg pain lasting two months.', [[80, 80]]],
    ['Acupuncture has provided approximately 30% reduction in pain.', [[30, 30]]],
    ['The medial branch blocks gave >80% relief for 6 hours.', [[80, 80]]],
    ['Medications reduce her pain by about 50%, from 8/10 to 4/10.', [[50, 50]]],
    ['She notes a 40% decrease in her neck pain with chiropractic care.', [[40, 40]]],
    ['Pain is 60% improved compared to the initial visit.', [[60, 60]]],
    ['He has had 50% relief with the TENS unit.', [[50, 50]]],
    ['Pt reports 50% less pain with meds.', [[50, 50]]],
    ['Ibuprofen helps about 20%.', [[20, 20]]],
    ['He reports 3-4 weeks of 50-60% relief after the RFA.', [[50, 60]]],
    ['Percentage of relief from the block: 75%.', [[75, 75]]],
    ['Relief: 50% x 2 weeks.', [[50, 50]]],
    ['Patient states meds give her 40-50% pain relief and allow her to do chores.', [[40, 50]]],
    ['Pain relief with current medications is 30%.', [[30, 30]]],
    ['Patient reports a 70 % improvement in radicular symptoms since the epidural.', [[70, 70]]],
    ['Pain has improved by approximately 20 to 30 percent.', [[20, 30]]],
    ['The steroid injection improved her pain by 90% but it returned after 1 week.', [[90, 90]]],
    ['Her neck pain is about 75 percent better since the cervical ESI.', [[75, 75]]],
    ['The right knee Synvisc injection helped approximately 50 percent for 4 months.', [[50, 50]]],
    ['Pain went from 8/10 to 4/10, a 50% reduction.', [[50, 50]]],
    ['Post-op she is 80% improved.', [[80, 80]]],
    ['Acupuncture gave 2-3 days of 40% relief.', [[40, 40]]],
    ['Relief from the SI joint injection was 50-75%, lasting 6 weeks.', [[50, 75]]],
    ['She reported 50% relief of her axial pain and 20% relief of her leg pain.', [[50, 50], [20, 20]]],
    ['Improvement of pain by 30-40 % with the current regimen.', [[30, 40]]],
    ['Patient estimates pain relief at 60%.', [[60, 60]]],
    ['Her pain is 100% resolved since the carpal tunnel release.', [[100, 100]]],
    ['He was given Toradol 60 mg IM with 50% relief within 30 minutes.', [[50, 50]]],
    ['Her low back pain has decreased 30-40% with the TENS unit.', [[30, 40]]],
    ['Norco decreases pain about 50% and lets him walk further.', [[50, 50]]],
    ['The patient reports 60% reduction of symptoms after 6 sessions of acupuncture.', [[60, 60]]],
    ['Repeat ESI is requested as she had 60% relief for 8 weeks.', [[60, 60]]],
    ['She was given a Toradol injection with 40% relief that lasted the rest of the day.', [[40, 40]]],
    ['Lidoderm 5% patch gives 30% relief.', [[30, 30]]],
    ['Meds: Norco - 50% relief for 4 hours.', [[50, 50]]],
    ['50% relief from compound cream.', [[50, 50]]],
  ])('%s', (text, want) => {
    expect(percents(text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['The L5-S1 ESI on 3/1/24 provided relief of 60-70% for about 3 weeks.', '3 weeks'],
    ['He states he is 70% better for 3 weeks after the trigger point injections.', '3 weeks'],
    ['Relief from the SI joint injection was 50-75%, lasting 6 weeks.', '6 weeks'],
    ['The right knee Synvisc injection helped approximately 50 percent for 4 months.', '4 months'],
  ])('duration: %s', (text, want) => {
    expect(durations(text)).toEqual([want]);
  });
});

describe('pain relief probes: percentages that are not relief', () => {
  it.each<string>([
    'Oswestry disability index 42%, improved from 56%.',
    'NDI score improved from 48% to 30%.',
    'ODI 38% (previously 46%), better than last visit.',
    'Lidocaine 5% patch helps with her pain.',
    'He is using a 4% lidocaine cream and Voltaren 1% gel, which helped.',
    'She has pain about 50% of the time, less with rest.',
    'She has pain 50% of the day, less since the injection.',
    'He is working at 75% capacity and feels better.',
    'Pain decreased by half after the injection.',
    'Left shoulder range of motion improved by 25%.',
    'She has had a 50% reduction in her Norco use since starting acupuncture.',
    'She has been able to decrease her Norco by 50% since the injection helped.',
    'Her grip strength improved to 60% of the left side.',
    'Work capacity evaluation shows she can perform 50% of her usual duties, improved since PT.',
    'He felt 20% worse after the last PT session.',
    'Compliance with the home program is 80%, and her pain is better.',
    'Ketoprofen 10% cream was prescribed and she reports pain is less.',
    'Guidelines require documentation of 50-70% pain relief for 6-8 weeks before a repeat ESI.',
    'The goal is a 30% improvement in pain.',
    'Repeat injection is indicated when there is at least 50% relief.',
    'She needs to have 50% relief to qualify for RFA.',
    'A positive block is defined as 80% relief.',
    'Flurbiprofen 20%/Lidocaine 5% cream helps her pain.',
    'She has a 50% reduction in pain medication intake and her pain is better.',
  ])('%s', (text) => {
    expect(percents(text)).toEqual([]);
  });
});
