import { describe, expect, it } from 'vitest';
import { dxCoded, dxNames, painRatings } from './fact-readers.ts';
import { priorRows, type Row } from './prior-rows.ts';

// Other fields, round 3 of the fifth session, in our own sentences: pain ratings with an averaging
// period in shorthand; prior counts written before sides and spinal levels, after a label and a
// colon, or as an "x1" after the site; home programs and splints as prior care; a source note in
// brackets after a diagnosis; and urine drug screens and planned facet injections.

describe('a pain rating with an averaging period', () => {
  it.each<[string, [number, string][]]>([
    ['Avg over the past week 5/10.', [[5, 'average']]],
    ['Avg over past wk 6/10, worst 8/10.', [[6, 'average'], [8, 'worst']]],
    ['average this month 4/10.', [[4, 'average']]],
    ['Average this month 4/10, today 2/10.', [[4, 'average'], [2, 'current']]],
    ['Avg over the last 2 weeks: 7/10.', [[7, 'average']]],
    ['Low back pain avg past month 6/10.', [[6, 'average']]],
    // The cue with its period introduces the rating after it, not the one before.
    ['Right knee pain: current 3/10, average over past month 5/10, worst 8/10.', [[3, 'current'], [5, 'average'], [8, 'worst']]],
    ['Neck pain 4/10 today; average over the past week 6/10.', [[4, 'current'], [6, 'average']]],
  ])('%s', (text, ratings) => {
    expect(painRatings(text)).toEqual(ratings);
  });
  it.each([
    // No averaging period and no pain word: a fraction, not a rating.
    'Sleep 5/10.',
    'He averages 4/10 on the memory screen.',
  ])('%s is no pain rating', (text) => {
    expect(painRatings(text)).toEqual([]);
  });
});

describe('prior counts before sides and spinal levels', () => {
  it.each<[string, Row[]]>([
    ['He has had two L L5-S1 TFESIs.', [['injection_epidural', 2, 'exact']]],
    ['She underwent three R C5-6 CESIs.', [['injection_epidural', 3, 'exact']]],
    ['She has had 2 bilat L4-5, L5-S1 MBBs.', [['injection_facet', 2, 'exact']]],
    ['He had 2 L4/5 ESIs last year.', [['injection_epidural', 2, 'exact']]],
    ['He has had four left L5-S1 transforaminal ESIs.', [['injection_epidural', 4, 'exact']]],
    ['She received a second R C6-7 CESI in May.', [['injection_epidural', 2, 'exact']]],
    ['She underwent 3 R L5 SNRBs.', [['injection_other', 3, 'exact']]],
    // An age is not a count: only a number right before the sides and levels is.
    ['At age 45 a R C5-6 CESI was done.', [['injection_epidural', null, null]]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});

describe('a prior count after a label and a colon, or after the site', () => {
  it.each<[string, Row[]]>([
    ['Individual CBT/trauma-focused therapy: 10 sessions completed.', [['psychotherapy', 10, 'exact']]],
    ['Group CBT/DBT skills: 6 sessions.', [['psychotherapy', 6, 'exact']]],
    ['CBT: 10 sessions completed; biofeedback: 4 sessions.', [['psychotherapy', 10, 'exact'], ['other', 4, 'exact']]],
    ['A1 pulley steroid injection L thumb x1.', [['injection_other', 1, 'exact']]],
    ['Trigger point injections R trapezius x3.', [['injection_trigger_point', 3, 'exact']]],
    ['PT R shoulder x 12.', [['physical_therapy', 12, 'exact']]],
    ['Cortisone injection R knee x2.', [['injection_joint', 2, 'exact']]],
    // How long the course lasted is not how many visits it had.
    ['PT R shoulder x 2 weeks.', [['physical_therapy', null, null]]],
    ['PT x 6 weeks.', [['physical_therapy', null, null]]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});

describe('home programs and splints as prior care', () => {
  it.each<[string, Row[]]>([
    ['Prior treatment: home pendulum/isometrics program.', [['home_exercise', null, null]]],
    ['He is independent with HEP.', [['home_exercise', null, null]]],
    ['She is doing her home stretching routine daily.', [['home_exercise', null, null]]],
    ['She does a home walking program.', [['home_exercise', null, null]]],
    ['She was instructed in a home pendulum program.', [['home_exercise', null, null]]],
    ['He continues a home strengthening and stretching program.', [['home_exercise', null, null]]],
    ['Treatment has included splinting.', [['bracing_dme', null, null]]],
    ['Treatment has included night splints and NSAIDs.', [['bracing_dme', null, null], ['medication', null, null]]],
    ['She wears a wrist splint at night.', [['bracing_dme', null, null]]],
    ['She has been using a thumb spica splint.', [['bracing_dme', null, null]]],
    // Home care by others is home health, not a home program.
    ['She has home health care.', [['home_health', null, null]]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
  it.each([
    'Will start home stretching routine.',
    'He is not doing his home exercise program.',
    'Recommend wrist splint at night.',
    'Splinting of the finger was recommended.',
  ])('%s is no prior care', (text) => {
    expect(priorRows(text)).toEqual([]);
  });
});

describe('a source note in brackets after a diagnosis', () => {
  it.each<[string, string[]]>([
    ['Diagnoses: Carpal tunnel syndrome, bilateral, mild (per EMG/NCV 05/2025); lumbar strain.', ['Carpal tunnel syndrome, bilateral, mild', 'lumbar strain']],
    ['Diagnoses:\n1. Lumbar disc herniation L5-S1 (confirmed on MRI 2024)\n2. Knee sprain (left)', ['Lumbar disc herniation L5-S1', 'Knee sprain (left)']],
    ['Assessment: Right shoulder rotator cuff tear (MRI 03/2024); cervical strain.', ['Right shoulder rotator cuff tear', 'cervical strain']],
    ['Diagnoses: Lumbar radiculopathy (EMG-confirmed), lumbar strain.', ['Lumbar radiculopathy', 'lumbar strain']],
    ['Diagnoses: Ulnar neuropathy at the elbow (per Dr. Lee), left wrist sprain.', ['Ulnar neuropathy at the elbow', 'left wrist sprain']],
    ['IMPRESSION:\n1. Carpal tunnel syndrome, right (noted on NCV 2024)\n2. Trigger finger, left ring finger', ['Carpal tunnel syndrome, right', 'Trigger finger, left ring finger']],
    ['He was diagnosed with carpal tunnel syndrome (per EMG) and trigger finger.', ['carpal tunnel syndrome', 'trigger finger']],
    // A side, a level or a course in brackets is part of the name.
    ['Diagnoses: Meniscus tear (right), lumbar strain (L4-5).', ['Meniscus tear (right)', 'lumbar strain (L4-5)']],
    ['Diagnoses: Cervical radiculopathy (C5-6, C6-7); knee sprain (industrial).', ['Cervical radiculopathy (C5-6, C6-7)', 'knee sprain (industrial)']],
  ])('%s', (text, names) => {
    expect(dxNames(text)).toEqual(names);
  });
  it('codes the name without its source note', () => {
    expect(dxCoded('Diagnoses: Carpal tunnel syndrome, right (per EMG/NCV 05/2025).')).toEqual([['Carpal tunnel syndrome, right', 'G56.01']]);
  });
});

describe('urine drug screens and facet injections only planned', () => {
  // The guide's vocabulary has lab_testing: a screen done is one; one ordered is not yet.
  it.each<[string, Row[]]>([
    ['Urine drug screen was consistent.', [['lab_testing', null, null]]],
    ['Random urine drug screens have been consistent.', [['lab_testing', null, null]]],
    ['Treatment to date: PT, urine drug screens, medications.', [['physical_therapy', null, null], ['lab_testing', null, null], ['medication', null, null]]],
    ['He underwent an L4-5 facet injection in May with 50% relief.', [['injection_facet', null, null]]],
    ['A facet injection was performed in 2023.', [['injection_facet', null, null]]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
  it.each([
    'A urine drug screen was ordered.',
    'Will obtain urine drug screen at next visit.',
    'A facet injection was recommended.',
    'Consider facet injection.',
    'Dr. Kim recommended lumbar facet injections.',
    'She is a candidate for bilateral L4-5 facet injections.',
    'Facet injections were requested but denied.',
    'Lumbar facet injection is pending authorization.',
    'The orthopedist suggested a facet block.',
  ])('%s is no prior treatment', (text) => {
    expect(priorRows(text)).toEqual([]);
  });
});
