import { describe, expect, it } from 'vitest';
import { evidence } from './fi-evidence.ts';

describe('functional improvement extractor', () => {
  it('codes the key IMR statement as absent documentation (general)', () => {
    expect(evidence('Eight sessions were completed. There is no documentation of functional benefit or improvement as a reduction in work restrictions; an increase in activity tolerance; and/or a reduction in the use of medications as a result of therapy.'))
      .toEqual(['general/absent_documentation']);
    expect(evidence('Chiropractic care was denied for lack of documentation of functional improvement.')).toEqual(['general/absent_documentation']);
    expect(evidence('The notes do not reflect any functional benefit from prior visits.')).toEqual(['general/absent_documentation']);
  });

  it('finds gains per dimension', () => {
    expect(evidence('Since therapy she is able to walk longer.')).toEqual(['activity_tolerance/improved']);
    expect(evidence('He returned to modified duty last month.')).toEqual(['work_restrictions/improved']);
    expect(evidence('She decreased her Norco use after acupuncture.')).toEqual(['medication_use/improved']);
    expect(evidence('He reports improved ADLs.')).toEqual(['adl/improved']);
    expect(evidence('Therapy led to improved range of motion.')).toEqual(['objective_measure/improved']);
  });

  it('codes failures as general not improved, and decline as worsened', () => {
    expect(evidence('Six chiropractic visits did not help.')).toEqual(['general/not_improved']);
    expect(evidence('After two months he was no better.')).toEqual(['general/not_improved']);
    expect(evidence('She has had no improvement.')).toEqual(['general/not_improved']);
    expect(evidence('He reports worsening function at home.')).toEqual(['general/worsened']);
  });

  it('ignores pain-only change and bare mentions of the concept', () => {
    expect(evidence('Acupuncture gave 30% pain relief and no improvement in pain at night.')).toEqual([]);
    expect(evidence('The injections have not been helpful in relieving her pain.')).toEqual([]);
    expect(evidence('Further visits require objective functional improvement.')).toEqual([]);
  });

  it('uses context: negated gains, denied failures, hypothetical statements', () => {
    expect(evidence('He is not able to walk longer than before.')).toEqual(['activity_tolerance/not_improved']);
    expect(evidence('He has not returned to work.')).toEqual([]);
    expect(evidence('There is no evidence that the patient has failed conservative treatment.')).toEqual([]);
    expect(evidence('If he returns to work, therapy can stop.')).toEqual([]);
  });
});

describe('functional improvement in PR-2 phrasings (each MTUS dimension and direction)', () => {
  it.each([
    ['Walking tolerance is now 30 minutes, up from 10 minutes.', ['activity_tolerance/improved']],
    ['Since the injections she can sit for forty minutes, previously fifteen.', ['activity_tolerance/improved']],
    ['He can stand for 10 minutes, down from 30 minutes.', ['activity_tolerance/worsened']],
    ['His standing tolerance has decreased to 15 minutes.', ['activity_tolerance/worsened']],
    ['She has still not been able to walk to the corner store.', ['activity_tolerance/not_improved']],
    ['She was able to reduce her tramadol from three to one tablet daily.', ['medication_use/improved']],
    ['He stopped taking Norco last month.', ['medication_use/improved']],
    ['He has increased his Percocet use from 3 to 5 tablets a day.', ['medication_use/worsened']],
    ['There has been no reduction in her medication use.', ['medication_use/not_improved']],
    ['She is now able to bathe and dress without help.', ['adl/improved']],
    ['She has resumed cooking for her family.', ['adl/improved']],
    ['She reports an increased ability to do housework such as mopping since the injections.', ['adl/improved']],
    ['He still cannot lift his grandson or carry laundry.', ['adl/not_improved']],
    ['He now needs help getting out of the bathtub.', ['adl/worsened']],
    ['Lumbar flexion has improved from 40 to 70 degrees.', ['objective_measure/improved']],
    ['Neck Disability Index improved from 40% to 22%.', ['objective_measure/improved']],
    ['Her Oswestry score decreased from 46 to 30.', ['objective_measure/improved']],
    ['Grip strength is unchanged at 20 kg.', ['objective_measure/not_improved']],
    ['Shoulder abduction strength decreased from 5/5 to 4/5.', ['objective_measure/worsened']],
    ['He has progressed from TTD to modified work.', ['work_restrictions/improved']],
    ['Her work restrictions are unchanged.', ['work_restrictions/not_improved']],
    ['Function unchanged.', ['general/not_improved']],
    ['The response to the prior acupuncture is not documented.', ['general/absent_documentation']],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });

  it('leaves out pain-only failures, plans, non-pain drugs and exam findings', () => {
    expect(evidence('She had six acupuncture sessions, which did not help her pain.')).toEqual([]);
    expect(evidence('The plan is to reduce her gabapentin to 300 mg at night.')).toEqual([]);
    expect(evidence('The cardiologist is decreasing metoprolol to 25 mg twice a day.')).toEqual([]);
    expect(evidence('The injection reduced her pain from 8/10 to 4/10.')).toEqual([]);
    expect(evidence('Lumbar range of motion is decreased in all planes.')).toEqual([]);
    expect(evidence('She is only able to walk for 10 minutes before resting.')).toEqual([]);
  });

  it('does not read a return to work right after the injury as improvement', () => {
    expect(evidence('He fell from the ladder on 3/2/2015, finished his shift, and returned to work the next day.')).toEqual([]);
    expect(evidence('After eight therapy visits he returned to work in May.')).toEqual(['work_restrictions/improved']);
  });
});

describe('functional improvement: progress-note phrasings', () => {
  it.each([
    ['She is now able to lift 20 lbs from floor to waist.', 'activity_tolerance/improved'],
    ['He can climb a flight of stairs without stopping.', 'activity_tolerance/improved'],
    ['Since the injections she has resumed walking two miles daily.', 'activity_tolerance/improved'],
    ['He is able to carry 15 pounds now.', 'activity_tolerance/improved'],
    ['Her activity level has increased since starting therapy.', 'activity_tolerance/improved'],
    ['He walks 8 blocks, up from 2-3 blocks last month.', 'activity_tolerance/improved'],
    ['The patient can stand 40 minutes (was 15 minutes).', 'activity_tolerance/improved'],
    ['He can walk 1 block, down from 4 blocks.', 'activity_tolerance/worsened'],
    ['His activity level has declined over the past month.', 'activity_tolerance/worsened'],
    ['She is no longer able to play golf.', 'activity_tolerance/worsened'],
    ['He can no longer mow the lawn.', 'adl/worsened'],
    ['Overall she is doing worse than at the last visit.', 'general/worsened'],
    ['Sitting tolerance has not changed.', 'activity_tolerance/not_improved'],
    ['Standing tolerance remains the same at 20 minutes.', 'activity_tolerance/not_improved'],
    ['There has been no change in her walking tolerance.', 'activity_tolerance/not_improved'],
    ['Her ADLs are unchanged.', 'adl/not_improved'],
    ['She has not resumed exercising.', 'activity_tolerance/not_improved'],
    ['He is now able to work a full 8-hour shift.', 'activity_tolerance/improved'],
    ['Patient now walks 30 minutes a day.', 'activity_tolerance/improved'],
    ['Since PT he is able to kneel and squat again.', 'activity_tolerance/improved'],
    ['He can now sit 1 hour, previously 20 minutes.', 'activity_tolerance/improved'],
    ['Activities of daily living are improved.', 'adl/improved'],
    ['She is now independent with dressing.', 'adl/improved'],
    ['Function is worse since the last visit.', 'general/worsened'],
    ['Tramadol use decreased from 4 to 2 tablets daily.', 'medication_use/improved'],
    ['Lisinopril dose was reduced from 20 to 10 mg.', null],
  ])('%s -> %s', (text, expected) => {
    expect(evidence(text)).toEqual(expected ? [expected] : []);
  });

  it('compares before and after objective measures by which value is better', () => {
    expect(evidence('Lumbar flexion 120 deg (was 95 deg).')).toEqual(['objective_measure/improved']);
    expect(evidence('Grip 14 kg -> 21 kg on the right.')).toEqual(['objective_measure/improved']);
    expect(evidence('Shoulder abduction from 90 to 150 degrees.')).toEqual(['objective_measure/improved']);
    expect(evidence('Cervical rotation 40 degrees, previously 60 degrees.')).toEqual(['objective_measure/worsened']);
    expect(evidence('ODI 34% (was 50%).')).toEqual(['objective_measure/improved']);
    expect(evidence('NDI 20 -> 32 since the fall.')).toEqual(['objective_measure/worsened']);
  });

  it('reads statements that a change is not recorded as absent documentation', () => {
    // A named dimension keeps its own absence (annotators of progress notes coded it so).
    expect(evidence('The record does not show a reduction in medication use.')).toEqual(['medication_use/absent_documentation']);
    expect(evidence('No functional measure was recorded at this visit.')).toEqual(['general/absent_documentation']);
    expect(evidence('There is no documentation of any change in ADLs.')).toEqual(['adl/absent_documentation']);
    expect(evidence('Function was not assessed at this visit.')).toEqual(['general/absent_documentation']);
    expect(evidence('ADLs were not addressed in the note.')).toEqual(['general/absent_documentation']);
    // Objective measures of function are objective measures (lead's ruling, PR-2e).
    expect(evidence('No objective measures of function were provided.')).toEqual(['objective_measure/absent_documentation']);
    expect(evidence('Renal function was not assessed.')).toEqual([]);
    // The worker's own denial is about him, not about the record.
    expect(evidence('He reports there has been no reduction in his opioid use.')).toEqual(['medication_use/not_improved']);
  });

  it('does not count pain-only change or bare limitations', () => {
    expect(evidence('Pain went from 8/10 to 4/10 with therapy and is getting worse at night.')).toEqual([]);
    expect(evidence('He is able to walk only with a cane.')).toEqual([]);
    expect(evidence('Functional capacity evaluation was requested.')).toEqual([]);
  });
});

describe('functional improvement: PR-2 comparisons, limits and absences', () => {
  it.each([
    ['She can walk 2 miles now vs 4 blocks before surgery.', 'activity_tolerance/improved'],
    ['Now walks one mile versus three blocks pre-op.', 'activity_tolerance/improved'],
    ['Tolerating computer work 6 hrs/day (was 2 hrs).', 'activity_tolerance/improved'],
    ['L shoulder ROM 0-150 (was 20-100 at the initial visit).', 'objective_measure/improved'],
    ['Grip strength 30 kg R (from 22 kg).', 'objective_measure/improved'],
    ['His lifting restriction was increased from 10 lbs to 25 lbs.', 'work_restrictions/improved'],
    ['Ibuprofen reduced from 3/day to 1/day since the injection.', 'medication_use/improved'],
    ['Pain medication cut from 3 times a day to once daily.', 'medication_use/improved'],
    ['He still needs assistance putting on socks and cutting food.', 'adl/not_improved'],
    ['She is now able to reach overhead to put away dishes.', 'adl/improved'],
    ['No improvement in walking since the prior exam.', 'activity_tolerance/not_improved'],
    ['Shoulder range of motion unchanged from last visit.', 'objective_measure/not_improved'],
    ['She has returned to her usual and customary job.', 'work_restrictions/improved'],
    ['He went back to his regular duties.', 'work_restrictions/improved'],
  ])('%s -> %s', (text, expected) => {
    expect(evidence(text)).toEqual([expected]);
  });

  it('does not read a shrinking measure or a reduced pain as less medication', () => {
    expect(evidence('Left hip abductor strength decreased from 4/5 to 3+/5.')).toEqual(['objective_measure/worsened']);
    expect(evidence('Her pain reduced from 8 to 4.')).toEqual([]);
  });

  it('codes each dimension listed after "failed to demonstrate" as absent documentation, never improved', () => {
    const text = 'The records failed to demonstrate any increase in activity tolerance, returned to full duty, or improvement in activities of daily living.';
    expect(evidence(text).sort()).toEqual(['activity_tolerance/absent_documentation', 'adl/absent_documentation', 'work_restrictions/absent_documentation']);
    expect(evidence('The notes do not document any reduction in medication use or improved ADLs.').sort())
      .toEqual(['adl/absent_documentation', 'medication_use/absent_documentation']);
  });

  it('keeps listed dimensions as examples of an absent functional improvement (general)', () => {
    expect(evidence('The records failed to demonstrate functional improvement such as an increase in activity tolerance or a reduction in medication use.'))
      .toEqual(['general/absent_documentation']);
  });

  it('drops a bare template "Improved function." beside a stated absence only', () => {
    expect(evidence('There is no documentation of functional improvement from the prior therapy. Improved function.'))
      .toEqual(['general/absent_documentation']);
    expect(evidence('Patient notes less pain. Improved function.')).toEqual(['general/improved']);
  });
});

// Held-out PR-2 phenomena (round 3); sentences are our own.
describe('functional improvement: measures against baseline, forms, tolerance', () => {
  it('compares a measure with its value at intake or the initial evaluation', () => {
    expect(evidence('Lumbar ROM flexion L 70 / R 65 deg (was 45 / 40 at intake).')).toEqual(['objective_measure/improved']);
    expect(evidence('Hip AROM 0-110 deg (0-80 deg at initial eval).')).toEqual(['objective_measure/improved']);
    expect(evidence('Hamstring strength 4+/5 (3/5 at initial evaluation).')).toEqual(['objective_measure/improved']);
    expect(evidence('LEFS 61/80 (44/80 at the initial visit).')).toEqual(['objective_measure/improved']);
    expect(evidence('LEFS 40/80 (52/80 at intake).')).toEqual(['objective_measure/worsened']);
  });

  it('reads lower disability and depression scores as better', () => {
    expect(evidence('Oswestry 24% (40% at intake).')).toEqual(['objective_measure/improved']);
    expect(evidence('NDI 46% (30% at baseline).')).toEqual(['objective_measure/worsened']);
    expect(evidence('Her Beck Anxiety Inventory score had dropped from 28 to 15.')).toEqual(['objective_measure/improved']);
    expect(evidence('The BDI-II increased from 12 to 25 over the quarter.')).toEqual(['objective_measure/worsened']);
  });

  it('reads a longer time before symptoms, and activity with treatment, as tolerance gains', () => {
    expect(evidence('She now reads for 45 minutes before her back hurts; before therapy she had to stop after 15 minutes.')).toEqual(['activity_tolerance/improved']);
    expect(evidence('With the medication he walks two miles a day.')).toEqual(['activity_tolerance/improved']);
    expect(evidence('With the TENS unit she can stand for an hour.')).toEqual(['activity_tolerance/improved']);
    expect(evidence('He now drives for 1 hour before his neck stiffens; previously he could only drive 20 minutes.')).toEqual(['activity_tolerance/improved']);
    expect(evidence('Pt now sits for 20 minutes before pain starts; before the injections she could sit for 30 minutes.')).toEqual(['activity_tolerance/worsened']);
    expect(evidence('She does not do housework.')).toEqual([]);
    expect(evidence('She is able to do light housework again.')).toEqual(['adl/improved']);
  });

  it('reads a checked form box, "nothing has helped" and an unaddressed response', () => {
    expect(evidence('Functional gains since last visit: [ ] Yes [X] No')).toEqual(['general/not_improved']);
    expect(evidence('Functional gains since last visit: [X] Yes [ ] No')).toEqual(['general/improved']);
    expect(evidence('Functional progress this period: ☐ Yes ☒ No')).toEqual(['general/not_improved']);
    expect(evidence('Improvement in function: Yes [x] No [ ]')).toEqual(['general/improved']);
    expect(evidence('He says nothing has really helped.')).toEqual(['general/not_improved']);
    expect(evidence('The functional outcome of the injections was not documented in the reports reviewed.')).toEqual(['general/absent_documentation']);
  });

  it('takes neither a bare unchanged exam nor intra-operative motion as evidence', () => {
    expect(evidence('Exam is unchanged.')).toEqual([]);
    expect(evidence('Her physical examination is unchanged from the prior visit.')).toEqual(['objective_measure/not_improved']);
    expect(evidence('Under anesthesia the knee had range of motion from 10 to 120 degrees.')).toEqual([]);
    expect(evidence('Range of motion has gone from 90 to 120 degrees since therapy began.')).toEqual(['objective_measure/improved']);
  });
});

describe('functional improvement: form-like progress-note lines', () => {
  it.each([
    ['Work restrictions: unchanged from the prior visit.', 'work_restrictions/not_improved'],
    ['Restrictions the same as last month.', 'work_restrictions/not_improved'],
    ['She can now open jars and tie her shoes.', 'adl/improved'],
    ['Patient is now able to fasten buttons and cut her food.', 'adl/improved'],
    ['Sitting tolerance has dropped from an hour to about 15 minutes.', 'activity_tolerance/worsened'],
    ['His walking distance fell from two miles to half a block.', 'activity_tolerance/worsened'],
    ['Walking tolerance increased from 2 blocks to 1 mile.', 'activity_tolerance/improved'],
    ['Functional gains: none reported to date.', 'general/absent_documentation'],
    ['Functional improvement - not documented.', 'general/absent_documentation'],
    ['Neither course of therapy gave lasting benefit.', 'general/not_improved'],
    ['Oswestry score 44% at the initial visit and 30% today.', 'objective_measure/improved'],
    ['DASH was 52 at intake, 31 at this visit.', 'objective_measure/improved'],
    ['Shoulder flexion L 160 / R 150 degrees (was 120/110).', 'objective_measure/improved'],
    ['She now tolerates 4 hours of standing, up from 1 hour.', 'activity_tolerance/improved'],
    ['He has not needed his tramadol for three weeks.', 'medication_use/improved'],
    ['She has not used it in 10 days.', 'medication_use/improved'],
    ['There was no documentation of improved function or decreased medication use after the chiropractic visits.', 'general/absent_documentation'],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual([expected]);
  });

  it('does not read inability or a dropping score as a gain', () => {
    expect(evidence('She is unable to button her shirt.')).toEqual([]);
    expect(evidence('Standing tolerance decreased from 2 hours to 20 minutes.')).toEqual(['activity_tolerance/worsened']);
    expect(evidence('Shoulder flexion L 100 / R 95 degrees (was 140/130).')).toEqual(['objective_measure/worsened']);
    expect(evidence('He has not taken his blood pressure pills in 2 weeks.')).toEqual([]);
  });
});

describe('functional improvement: medication use changed with a verb', () => {
  it.each([
    ['Since the second block she stopped gabapentin altogether.', 'medication_use/improved'],
    ['He quit his cyclobenzaprine in August.', 'medication_use/improved'],
    ['She has cut her rizatriptan use from 8 to 3 tablets a month.', 'medication_use/improved'],
    ['He was weaned from hydrocodone over six weeks.', 'medication_use/improved'],
    ['She tapered completely off Percocet after the fusion healed.', 'medication_use/improved'],
    ['He is now completely off opioids.', 'medication_use/improved'],
    ['She is using less meloxicam since the bracing.', 'medication_use/improved'],
    ['He has cut back on his Tylenol.', 'medication_use/improved'],
    ['She was able to discontinue her Lyrica.', 'medication_use/improved'],
    ['Tramadol has been tapered down to 50 mg at night.', 'medication_use/improved'],
    ['He now takes naproxen only as needed.', 'medication_use/improved'],
    ['She has been taking more oxycodone since the flare.', 'medication_use/worsened'],
    ['He increased his Norco from 2 to 5 tablets a day.', 'medication_use/worsened'],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual([expected]);
  });

  it('does not take other stops, stops for side effects, switches or plans as reduced medication use', () => {
    expect(evidence('He stopped working after the fall.')).toEqual([]);
    expect(evidence('She stopped physical therapy after four visits.')).toEqual([]);
    expect(evidence('He quit smoking last year.')).toEqual([]);
    expect(evidence('He is off work until the next visit.')).toEqual([]);
    expect(evidence('She may not drive until she is off her pain medications.')).toEqual([]);
    expect(evidence('She stopped naproxen because of stomach upset.')).toEqual([]);
    expect(evidence('He discontinued Cymbalta since it made him drowsy.')).toEqual([]);
    expect(evidence('She stopped Norco and was started on tapentadol.')).toEqual([]);
    expect(evidence('The plan is to taper off the oxycodone next month.')).toEqual([]);
    expect(evidence('He stopped amlodipine last month.')).toEqual([]);
  });
});

describe('functional improvement: self-care and household tasks resumed', () => {
  it.each([
    ['She has returned to grocery shopping by herself.', 'adl/improved'],
    ['He went back to doing the laundry and the dishes.', 'adl/improved'],
    ['She was able to resume driving and bathing herself.', 'adl/improved'],
    ['He is now able to sleep through the night.', 'adl/improved'],
    ['Since the injection she finally sleeps through the night.', 'adl/improved'],
    ['He can pick up his granddaughter again.', 'adl/improved'],
    ['She is able to carry her toddler now.', 'adl/improved'],
    ['She is doing her own house cleaning again.', 'adl/improved'],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual([expected]);
  });

  it('leaves out returns that are not to a task, and stated inability', () => {
    expect(evidence('He returned to the clinic for a recheck.')).toEqual([]);
    expect(evidence('She returned to work cleaning offices in May.')).toEqual(['work_restrictions/improved']);
    expect(evidence('She is not able to sleep through the night because of the pain.')).toEqual([]);
    expect(evidence('He is unable to lift his son.')).toEqual([]);
    expect(evidence('She hopes to resume cooking soon.')).toEqual([]);
  });
});

describe('functional improvement: activity capacity stated with "now"', () => {
  it.each([
    ['He can now walk 3 miles.', ['activity_tolerance/improved']],
    ['She is now able to stand 30 minutes at the counter.', ['activity_tolerance/improved']],
    ['He tolerates sitting for two hours now.', ['activity_tolerance/improved']],
    ['She now tolerates driving for 45 minutes.', ['activity_tolerance/improved']],
    // A gain and a limit still stated in one sentence: both, so the status is mixed.
    ['He can now walk 2 miles but still cannot jog.', ['activity_tolerance/improved', 'activity_tolerance/not_improved']],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });

  it('does not read a limit with "now" as a gain', () => {
    expect(evidence('She cannot walk more than 10 minutes now.')).toEqual([]);
    expect(evidence('He is now only able to stand 10 minutes.')).toEqual([]);
    expect(evidence('He tolerates standing for 10 minutes.')).toEqual([]);
  });
});

describe('functional improvement: objective measures compared over time', () => {
  it.each([
    ['Maximal interincisal opening is 34 mm today, compared with 25 mm in January.', 'objective_measure/improved'],
    ['Cervical range of motion had improved to 60 degrees of rotation from 35 degrees.', 'objective_measure/improved'],
    ['Knee flexion has decreased to 95 degrees from 120 degrees.', 'objective_measure/worsened'],
    ['Right grip 30 kg, up from 18 kg.', 'objective_measure/improved'],
    ['NDI 18%, down from 36%.', 'objective_measure/improved'],
    ['His Oswestry index has dropped to 22% from 38%.', 'objective_measure/improved'],
    ['Her QuickDASH score rose to 55 from 40.', 'objective_measure/worsened'],
    ['Shoulder ROM today 150 degrees compared to 100 degrees at the initial visit.', 'objective_measure/improved'],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual([expected]);
  });

  it('keeps pain-only change out of functional improvement', () => {
    expect(evidence('Her pain reduced 50% after the injection.')).toEqual([]);
  });
});

describe('functional improvement: a general statement beside a dimension', () => {
  it('keeps both when a dash or semicolon separates the clauses', () => {
    expect(evidence('Function unchanged - still cannot sit > 30 min at a desk.')).toEqual(['general/not_improved', 'activity_tolerance/not_improved']);
    expect(evidence('No improvement; she still cannot walk more than a block.')).toEqual(['general/not_improved', 'activity_tolerance/not_improved']);
  });

  it('codes an undocumented response to therapy as absent documentation', () => {
    expect(evidence('The number of chiropractic visits and the response to care were not documented.')).toEqual(['general/absent_documentation']);
  });
});

describe('functional improvement, round 2 phrasings', () => {
  it.each([
    // Scores against an earlier value: lower is better for disability/mood/sleep scales.
    ['Oswestry 48% today (36% on 11/02/2023).', ['objective_measure/worsened']],
    ['NDI 44% today (was 40%).', ['objective_measure/worsened']],
    ['ISI 15 (was 22).', ['objective_measure/improved']],
    ['GAD-7 9 (was 9).', ['objective_measure/not_improved']],
    ['BAI 19 (unchanged).', ['objective_measure/not_improved']],
    // Higher is better for LEFS, range of motion, repetitions.
    ['LEFS 60/80, improved from 35/80.', ['objective_measure/improved']],
    ['L knee AROM 0-120 deg (0-90 deg at post-op eval).', ['objective_measure/improved']],
    ['R rotation 55 deg (unchanged from 09/14).', ['objective_measure/not_improved']],
    ['Single-leg heel raise x10, no change since 07/2023.', ['objective_measure/not_improved']],
    ['Flexion was 0 to 110 degrees, improved from 0 to 85 degrees.', ['objective_measure/improved']],
    // Unchanged, worsened and improved in plain words.
    ['Still taking meloxicam about once a day, no change in use since the brace.', ['medication_use/not_improved']],
    ['Patient reports no functional gains over the past six weeks.', ['general/not_improved']],
    ['He now needs his son\'s help to put on his boots, which he did by himself at the prior visit.', ['adl/worsened']],
    ['She was on light duty until 03/2024, when she was taken off work.', ['work_restrictions/worsened']],
    ['He has had to increase ibuprofen to 6 tabs/day.', ['medication_use/worsened']],
    ['She is able to walk 20 minutes with her neighbor now.', ['activity_tolerance/improved']],
    ['She can now sit through a 2-hour movie (was 30 min before therapy).', ['activity_tolerance/improved']],
    ['Now taking naproxen once a day instead of twice a day.', ['medication_use/improved']],
    ['He states he is functioning better overall.', ['general/improved']],
    ['Now able to climb stairs reciprocally.', ['adl/improved']],
    ['She reports an improved ability to perform household chores following chiropractic care.', ['adl/improved']],
    ['Walking up to 40 min (was 15 min).', ['activity_tolerance/improved']],
    ['The injections have not improved his symptoms or his ability to do ADLs.', ['adl/not_improved']],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });

  it('codes a reviewer list of missing documentation once per named dimension', () => {
    expect(evidence('There is no documentation of reduced medication use, no documented increase in walking tolerance or in her ability to perform activities of daily living, no documented reduction in work restrictions, and no validated functional scores.').sort())
      .toEqual(['activity_tolerance/absent_documentation', 'adl/absent_documentation', 'medication_use/absent_documentation', 'objective_measure/absent_documentation', 'work_restrictions/absent_documentation']);
    expect(evidence('The record does not document functional gains.')).toEqual(['general/absent_documentation']);
  });

  it.each([
    // A side, a norm, a goal or a percentage of normal in parentheses is no earlier value.
    'Grip strength 4/5 (5/5 on the left).',
    'Flexion 45 deg (75%).',
    'ODI 30% (goal 20%).',
    'Flexion 90 degrees (normal 90).',
    'ISI 15 (severe).',
    // Off work from the start is a work status, not a change; a plan is no change in use.
    'The patient was taken off work on the date of injury.',
    'No change in medications today.',
    'No change in use of the cane.',
    'She is only able to walk 10 minutes.',
    'Continue naproxen twice a day instead of prn.',
  ])('no evidence: %s', (text) => {
    expect(evidence(text)).toEqual([]);
  });
});

describe('functional progress said as a comparison over time (topic + temporal cue)', () => {
  it.each([
    ['Since the brace she can now carry a laundry basket, which she could not do in March.', ['adl/improved']],
    ['He is now able to carry a bag of dog food, which he could not do in May.', ['adl/improved']],
    ['Grip L 48 lb; prior visit L 30 lb.', ['objective_measure/improved']],
    ['Composite fist 1 cm to DPC (was 3 cm).', ['objective_measure/improved']],
    ['QuickDASH 34 today, 52 at initial evaluation.', ['objective_measure/improved']],
    ['Typing tolerance 40 minutes today, 15 minutes on 3/2.', ['activity_tolerance/improved']],
    ['Standing tolerance same as last visit, 20 min.', ['activity_tolerance/not_improved']],
    ['Uses ibuprofen about three times a week now (was daily).', ['medication_use/improved']],
    ['Still taking Norco 4 tabs per day, same as last visit.', ['medication_use/not_improved']],
    ['Overall he feels no better than at the initial evaluation.', ['general/not_improved']],
    ['Working 6 hour shifts now (was 4).', ['work_restrictions/improved']],
    ['Back to full shifts, previously limited to 4 hours.', ['work_restrictions/improved']],
    ['He is now dropping cups with the right hand.', ['adl/worsened']],
    ['Function essentially unchanged since the injection.', ['general/not_improved']],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });

  it.each([
    ['ADL improvement not documented.', ['adl/absent_documentation']],
    ['No documentation of decreased naproxen use.', ['medication_use/absent_documentation']],
    ['There is no documentation of improved standing or walking tolerance.', ['activity_tolerance/absent_documentation']],
  ])('reviewer absence of a named dimension: %s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });

  it.each([
    // A range is a current measure; a value with no earlier one compares nothing.
    'Flexion from 0 to 120 degrees.',
    'Range of motion from 0 to 115 degrees.',
    'Grip R 52 lb, L 60 lb.',
    'Sitting tolerance 30 minutes.',
    // Pain is no functional topic; a side in parentheses is no earlier value.
    'Pain same as last visit.',
    'Grip 40 lb (was tested on the left).',
    'He could not work in June because of the surgery.',
  ])('no comparison evidence: %s', (text) => {
    expect(evidence(text)).toEqual([]);
  });
});

describe('comparisons about symptoms are not functional evidence', () => {
  it.each([
    'She feels her numbness is unchanged since surgery.',
    'Walking pain 6 (was 8).',
    'Pain with standing improved from 8 to 4.',
  ])('%s', (text) => {
    expect(evidence(text)).toEqual([]);
  });
});

describe('functional improvement: round 4 phrasings', () => {
  it('reads comparisons with "up/down from", "vs" and an unbracketed last visit', () => {
    expect(evidence('Knee ROM flexion 110 deg (95 deg last visit).')).toEqual(['objective_measure/improved']);
    expect(evidence('Standing tolerance better, now 30 min vs 10 min in March.')).toEqual(['activity_tolerance/improved']);
    expect(evidence('Sleeping 6 hrs, up from 2 hrs.')).toEqual(['adl/improved']);
    expect(evidence('Taking Fioricet once a week, down from daily.')).toEqual(['medication_use/improved']);
  });

  it('finds work, walking-aid, ADL and sleep gains, and their failures', () => {
    expect(evidence('She increased Percocet on her own from 2 to 5 tabs/day.')).toEqual(['medication_use/worsened']);
    expect(evidence('Back at work on light duty since May (was off work).')).toEqual(['work_restrictions/improved']);
    expect(evidence('Now walking w/o a cane since 9/2.')).toEqual(['activity_tolerance/improved']);
    expect(evidence('She is able to drive to church and cook for her family again.')).toEqual(['adl/improved']);
    expect(evidence('She is sleeping through the night now.')).toEqual(['adl/improved']);
    expect(evidence('The worker failed conservative tx.')).toEqual(['general/not_improved']);
    expect(evidence('She continued to have difficulty reaching overhead at home.')).toEqual(['adl/not_improved']);
  });

  it('hard negatives: exam gait, symptoms and unrelated "vs"', () => {
    expect(evidence('Gait: ambulates without a cane.')).toEqual([]);
    expect(evidence('She has trouble sleeping through the night now.')).toEqual([]);
    expect(evidence('Grip is 30 lb on the right vs 60 lb on the left.')).toEqual([]);
    expect(evidence('He is not able to drive again until cleared.')).toEqual([]);
  });
});

describe('functional improvement: round 5 phrasings', () => {
  it('reads ADL gains said with "can now" or "again"', () => {
    expect(evidence('He can now reach the top kitchen shelves without a stool.')).toEqual(['adl/improved']);
    expect(evidence('She sleeps on her right side again since the injection.')).toEqual(['adl/improved']);
    expect(evidence('He is now cooking family dinners again.')).toEqual(['adl/improved']);
  });

  it('reads a failed medication reduction as medication not improved', () => {
    expect(evidence('She has not been able to taper her oxycodone over the last year.')).toEqual(['medication_use/not_improved']);
    expect(evidence('He was unable to cut back on tramadol this winter.')).toEqual(['medication_use/not_improved']);
  });

  it('reads a dose "down to X from Y" as reduced medication use', () => {
    expect(evidence('Ibuprofen now down to 1 tab/day from 3 tabs/day.')).toEqual(['medication_use/improved']);
    expect(evidence('Tramadol down to 4 tabs/day from 2 tabs/day.')).toEqual(['medication_use/worsened']);
  });

  it('reads an exam finding or a tolerance unchanged from an earlier visit', () => {
    expect(evidence('Gait is still antalgic, unchanged from the prior exam.')).toEqual(['objective_measure/not_improved']);
    expect(evidence('She can walk about 3 blocks, unchanged from earlier visits.')).toEqual(['activity_tolerance/not_improved']);
  });

  it('compares a measure with one "N weeks ago" and with a pre-op value', () => {
    expect(evidence('Pinch strength L 9 kg today vs 6 kg 3 wks ago.')).toEqual(['objective_measure/improved']);
    expect(evidence('Oswestry Disability Index 26% today, was 44% pre-op.')).toEqual(['objective_measure/improved']);
    expect(evidence('L deltoid 5-/5 (was 4/5 pre-op).')).toEqual(['objective_measure/improved']);
    expect(evidence('L deltoid 4/5 (was 4+/5 at intake).')).toEqual(['objective_measure/worsened']);
  });

  it('reads "still unable / still avoids" an activity as tolerance not improved', () => {
    expect(evidence('Still unable to use a hammer for more than ten minutes.')).toEqual(['activity_tolerance/not_improved']);
    expect(evidence('She still avoids going out to restaurants with friends.')).toEqual(['activity_tolerance/not_improved']);
  });

  it('reads continued difficulty with daily tasks and sitting through a shift', () => {
    expect(evidence('He continued to report difficulty carrying laundry and putting on socks.')).toEqual(['adl/not_improved']);
    expect(evidence('He is able to sit through his warehouse shift without breaks now.')).toEqual(['activity_tolerance/improved']);
  });

  it('hard negatives stay out', () => {
    expect(evidence('She still avoids dairy products.')).toEqual([]);
    expect(evidence('He has trouble sleeping on his left side again.')).toEqual([]);
    expect(evidence('Pain 6/10 today vs 8 two weeks ago.')).toEqual([]);
    expect(evidence('Lisinopril down to 10 mg from 20 mg.')).toEqual([]);
    expect(evidence('Blood pressure 130 today vs 150 2 weeks ago.')).toEqual([]);
  });
});
