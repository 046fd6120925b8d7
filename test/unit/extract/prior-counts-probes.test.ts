import { describe, expect, it } from 'vitest';
import { countedRows, priorRows, type Row } from './prior-rows.ts';

// Probes written for prescreen in the way PR-2 notes count prior care ("completed 8 of 12 PT",
// "x6 visits to date", "approx. 20 chiro visits", "two ESIs", "3rd injection"), and numbers that
// are not counts (list numbers, spinal levels, years, weekly frequencies).
const rows = priorRows;
const counted = countedRows;

describe('prior count probes: stated counts', () => {
  it.each<[string, Row[]]>([
    ['She has completed 8 of 12 authorized PT sessions.', [['physical_therapy', 8, 'exact']]],
    ['He is s/p 6 sessions of acupuncture.', [['acupuncture', 6, 'exact']]],
    ['Chiropractic x6 visits to date with some relief.', [['chiropractic', 6, 'exact']]],
    ['He has had at least 12 physical therapy visits.', [['physical_therapy', 12, 'at_least']]],
    ['Approx. 20 chiro visits in 2023.', [['chiropractic', 20, 'approx']]],
    ['She has received up to 10 sessions of massage therapy.', [['massage', 10, 'at_most']]],
    ['He has had two ESIs in the past, the last in 2022.', [['injection_epidural', 2, 'exact']]],
    ['PT: completed 12 visits.', [['physical_therapy', 12, 'exact']]],
    ['Prior acupuncture x 6 with 30% relief.', [['acupuncture', 6, 'exact']]],
    ['She underwent a series of three lumbar epidural steroid injections.', [['injection_epidural', 3, 'exact']]],
    ['He had 2 prior cervical RFAs.', [['radiofrequency_ablation', 2, 'exact']]],
    ['She has attended 10/12 PT visits.', [['physical_therapy', 10, 'exact']]],
    ['Completed 6/6 acupuncture sessions.', [['acupuncture', 6, 'exact']]],
    ['He has had more than 30 chiropractic treatments.', [['chiropractic', 30, 'at_least']]],
    ['Acupuncture: 12 sessions, helpful.', [['acupuncture', 12, 'exact']]],
    ['Over 24 sessions of PT since the injury.', [['physical_therapy', 24, 'at_least']]],
    ['He had physical therapy (approximately 18 visits) without lasting benefit.', [['physical_therapy', 18, 'approx']]],
    ['She has undergone 4 trigger point injections.', [['injection_trigger_point', 4, 'exact']]],
    ['Status post right knee arthroscopy x2.', [['surgery', 2, 'exact']]],
    ['Eight (8) sessions of chiropractic manipulation were completed.', [['chiropractic', 8, 'exact']]],
    ['The patient has completed twelve sessions of post-operative physical therapy.', [['physical_therapy', 12, 'exact']]],
    ['PT: 24+ visits.', [['physical_therapy', 24, 'at_least']]],
    ['He had 3 prior surgeries to the lumbar spine.', [['surgery', 3, 'exact']]],
    ['She had around 10 to 12 PT sessions.', [['physical_therapy', 12, 'approx']]],
    ['He reports completing a course of 8 aquatic therapy sessions.', [['aquatic_therapy', 8, 'exact']]],
    ['The patient has attended a total of 14 chiropractic visits to date.', [['chiropractic', 14, 'exact']]],
    ['He received 4 Toradol injections.', [['injection_other', 4, 'exact']]],
    ['She had an ESI x 2 in 2023.', [['injection_epidural', 2, 'exact']]],
    ['PT 8 sessions, no benefit.', [['physical_therapy', 8, 'exact']]],
    ['He has had no fewer than 18 PT visits.', [['physical_therapy', 18, 'at_least']]],
    ['He underwent his second lumbar ESI last month.', [['injection_epidural', 2, 'exact']]],
    ['She has had 6 visits of acupuncture to date.', [['acupuncture', 6, 'exact']]],
    ['Physical therapy: 9 visits completed, 3 remaining.', [['physical_therapy', 9, 'exact']]],
    ['He has completed 5 out of 8 chiropractic sessions.', [['chiropractic', 5, 'exact']]],
    ['Patient has had approximately fifteen sessions of physical therapy.', [['physical_therapy', 15, 'approx']]],
  ])('%s', (text, want) => {
    expect(counted(text)).toEqual(want);
  });
});

describe('prior count probes: several counts in one sentence', () => {
  it.each<[string, Row[]]>([
    ['PT x 12, chiro x 8, acupuncture x 6.', [['physical_therapy', 12, 'exact'], ['chiropractic', 8, 'exact'], ['acupuncture', 6, 'exact']]],
    ['Prior treatment: 6 acupuncture, 12 PT, medications.', [['acupuncture', 6, 'exact'], ['physical_therapy', 12, 'exact']]],
    // "RFA" alone is the Request for Authorization form; a region makes it the ablation.
    ['She has had 2 lumbar MBBs and 1 lumbar RFA.', [['injection_facet', 2, 'exact'], ['radiofrequency_ablation', 1, 'exact']]],
    ['In 2022 he had 12 sessions of acupuncture and 6 sessions of PT.', [['acupuncture', 12, 'exact'], ['physical_therapy', 6, 'exact']]],
    ['Prior care: PT (approx. 20), chiro (approx. 10).', [['physical_therapy', 20, 'approx'], ['chiropractic', 10, 'approx']]],
  ])('%s', (text, want) => {
    expect(counted(text)).toEqual(want);
  });
});

describe('prior count probes: numbers that are not counts', () => {
  it.each<string>([
    'Treatment to date includes 1. physical therapy 2. acupuncture 3. medications.',
    'Prior treatment: 1) PT 2) chiropractic 3) ESI',
    'PAST SURGICAL HISTORY: 1. S/p ORIF left wrist 2. S/p cholecystectomy 3. S/p L4-5 fusion',
    'Surgical history: 1. s/p ORIF 2. Appendectomy.',
    'She is s/p L4-5 ESI on 1/5/2024.',
    'S/P C5-6 ACDF 2019.',
    'She has done 6 weeks of physical therapy.',
    'Chiropractic care 2 times per week helped in the past.',
    'She had several sessions of acupuncture.',
    'He has had numerous PT sessions.',
    'She is s/p right shoulder surgery 2.5 years ago.',
    'He had PT 3x/week for 4 weeks in 2021.',
  ])('%s', (text) => {
    expect(counted(text)).toEqual([]);
  });
});
