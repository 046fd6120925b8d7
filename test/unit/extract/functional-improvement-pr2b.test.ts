import { describe, expect, it } from 'vitest';
import { expectFiPairs, FI_DIMENSIONS, fiPairs } from './fi-evidence.ts';

// Issue #3, second round of a second held-out set: PR-2 phrasings the extractor missed or misread,
// one describe per phenomenon. The sentences are invented for this file. The evidence is compared
// as the scorer does: a set of dimension/direction pairs.
const read = fiPairs;
const check = expectFiPairs;
const { W, A, M, D, O, G } = FI_DIMENSIONS;

describe('1. "compared with <value> <when>": the numbers give the direction, a negation before the statement does not', () => {
  it.each<[string, string[]]>([
    ['She could now walk for 40 minutes, compared with 10 minutes at the prior visit.', [`${A}/improved`]],
    ['She denied new symptoms and could now walk for 40 minutes, compared with 10 minutes at the prior visit.', [`${A}/improved`]],
    ['Without her cane she could now walk for 40 minutes, compared with 10 minutes at the prior visit.', [`${A}/improved`]],
    ['He had no new complaints, and he can stand for 2 hours compared to 30 minutes at the last visit.', [`${A}/improved`]],
    ['She denied falls and can now sit for 45 minutes, previously 15.', [`${A}/improved`]],
    ['Can walk 3 blocks now compared to 8 blocks at the initial evaluation.', [`${A}/worsened`]],
    ['Walking 30 minutes, compared to 30 minutes at the prior visit.', [`${A}/not_improved`]],
    ['Without the brace, grip R 30 kg compared with 22 kg at the last visit.', [`${O}/improved`]],
  ])('%s', check);
});

describe('2. an earlier value in parentheses or inside "from ... to" with other labels', () => {
  it.each<[string, string[]]>([
    // Two-point discrimination: a smaller distance is finer sensation.
    ['Two-point discrimination index finger 6 mm (was 9 mm on 9/30).', [`${O}/improved`]],
    ['Static 2PD at the thumb 5 mm (was 8 mm on 10/2).', [`${O}/improved`]],
    ['2PD small finger 10 mm (was 7 mm).', [`${O}/worsened`]],
    ['Key pinch R 6 kg (prior 4 kg).', [`${O}/improved`]],
    ['Tip pinch L 3 kg (prior 5 kg).', [`${O}/worsened`]],
    // LV: the last visit.
    ['Flex 85 deg (LV 65).', [`${O}/improved`]],
    ['Wrist ext 50 deg (LV 40 deg).', [`${O}/improved`]],
    ['Ankle dorsiflexion of 12 degrees (improved from 4 degrees).', [`${O}/improved`]],
    ['Shoulder abduction 140 degrees (increased from 90 degrees).', [`${O}/improved`]],
    ['PHQ-9 15 (intake 16), essentially unchanged.', [`${O}/not_improved`]],
    ['GAD-7 12 (intake 13) - essentially unchanged.', [`${O}/not_improved`]],
    ['NDI 22/50 (44%) vs 23/50 (46%) initial - no meaningful change.', [`${O}/not_improved`]],
    ['ODI 20/50 (40%) vs 21/50 (42%) at intake, no significant change.', [`${O}/not_improved`]],
    ['Her Beck Depression Inventory score had decreased from 31 on 4-12-2026 to 24.', [`${O}/improved`]],
    ['The BAI fell from 26 on 3/2/2026 to 18.', [`${O}/improved`]],
  ])('%s', check);
});

describe('3. restrictions upgraded', () => {
  it.each<[string, string[]]>([
    ['Restrictions upgraded today from no use of R hand (10/4).', [`${W}/improved`]],
    ['Work restrictions were upgraded from no lifting to a 20 lb limit.', [`${W}/improved`]],
    ['Her surgeon upgraded restrictions 12/5 to modified duty.', [`${W}/improved`]],
    ['Dr. Lee upgraded his restrictions on 3/3 to light duty with no overhead work.', [`${W}/improved`]],
    ['Work status upgraded to modified duty as of 4/1.', [`${W}/improved`]],
    ['The orthopedist loosened her restrictions last week.', [`${W}/improved`]],
  ])('%s', check);

  it.each<[string, string[]]>([
    ['Restrictions were not upgraded at this visit.', []],
  ])('no evidence: %s', check);
});

describe('4. activities taken up again that the injury had stopped', () => {
  it.each<[string, string[]]>([
    ['Now attends Mass with her sister-in-law on Sundays - had stopped going after the injury.', [`${D}/improved`]],
    ['He now goes fishing with friends on weekends, which he had stopped doing after the accident.', [`${D}/improved`]],
    ['Has resumed volunteering at the food bank, which she had given up since the assault.', [`${D}/improved`]],
    // With a duration the outing is a tolerance.
    ['She was able to attend a concert with friends for an hour, which she had not done since the accident.', [`${A}/improved`]],
    ['He sat through a ball game for two hours, something he had not done since the injury.', [`${A}/improved`]],
    // An earlier state said in words, not numbers.
    ['Walking 30 min/day (intake: not leaving the apartment most days).', [`${A}/improved`]],
    ['Walks 2 miles daily (initially: unable to leave the house).', [`${A}/improved`]],
  ])('%s', check);

  it.each<[string, string[]]>([
    ['She had stopped going to church after the injury.', []],
    ['Grip R 20 kg (intake: not tested).', []],
  ])('no evidence: %s', check);
});

describe('5. household abilities, progress toward goals, tolerances against the start of care', () => {
  it.each<[string, string[]]>([
    ['Now able to wring out a dishcloth, open jars, carry a 15 lb laundry basket.', [`${D}/improved`]],
    ['She is now able to open jars and wring out towels.', [`${D}/improved`]],
    ['Good progress toward goals.', [`${G}/improved`]],
    ['Making steady progress toward her functional goals.', [`${G}/improved`]],
    ['Lifting, sitting, standing and walking tolerances all up vs. entry.', [`${A}/improved`]],
    ['Sitting and standing tolerances both increased vs. intake.', [`${A}/improved`]],
    ['Walking tolerance down since the last visit.', [`${A}/worsened`]],
    ['Able to sit thru a full 8 hr shift now (LV tolerated ~4 hrs then had to stand).', [`${A}/improved`]],
    ['Can stand at the counter 60 minutes now (last visit tolerated about 20 min before sitting).', [`${A}/improved`]],
  ])('%s', check);
});

describe('6. medication: a strength is not the amount, a stop by week, no longer required; a stop on advice is no gain', () => {
  it.each<[string, string[]]>([
    ['Norco reduced from 10/325 4/day at entry to 1/day.', [`${M}/improved`]],
    ['Percocet decreased from 5/325 three times a day at intake to once a day.', [`${M}/improved`]],
    ['Baclofen 10 mg TID discontinued wk 2.', [`${M}/improved`]],
    ['Cyclobenzaprine 5 mg qhs discontinued at week 3.', [`${M}/improved`]],
    ['Gabapentin was discontinued in week 4 of the program.', [`${M}/improved`]],
    ['He no longer required Norco and used ibuprofen only occasionally.', [`${M}/improved`]],
    ['She no longer needed tramadol after the second month and took naproxen only as needed.', [`${M}/improved`]],
    // A reduction on advice is still a reduction.
    ['He tapered Norco to 2/day per my recommendation.', [`${M}/improved`]],
  ])('%s', check);

  it.each<[string, string[]]>([
    ['Stopped meloxicam 01/2026 per my rec.', []],
    ['Naproxen was stopped on my recommendation because of gastritis.', []],
    ['She stopped ibuprofen in March at her PCP\'s advice.', []],
    ['Ibuprofen discontinued due to reflux.', []],
    ['Per her PCP\'s advice, she stopped naproxen.', []],
    ['Celecoxib was discontinued as advised by Dr. Patel.', []],
  ])('no evidence: %s', check);
});

describe('7. a daily task with a duration or at work is a tolerance', () => {
  it.each<[string, string[]]>([
    ['With medications she is able to do light yard work 30 min and walk the dog 20 min.', [`${A}/improved`]],
    ['W/ meds able to do light yard work 30 min, walk dog 20 min.', [`${A}/improved`]],
    ['Still cannot reach overhead to stock top shelves.', [`${A}/not_improved`]],
    ['She still cannot lift boxes onto the top shelf at work.', [`${A}/not_improved`]],
    ['Still unable to work at the computer >1 hr w/o a break.', [`${A}/not_improved`]],
    ['Remains unable to type for more than 20 minutes without a break.', [`${A}/not_improved`]],
    // A household reach or an object held for a time stays a daily task.
    ['Still cannot reach into the upper kitchen cabinets.', [`${D}/not_improved`]],
  ])('%s', check);
});

describe('8. no improvement of a measure or of household tasks', () => {
  it.each<[string, string[]]>([
    ['The earlier course of hand therapy did not improve her grip.', [`${O}/not_improved`]],
    ['Prior physical therapy did not improve his range of motion.', [`${O}/not_improved`]],
    ['Acupuncture failed to improve her grip strength.', [`${O}/not_improved`]],
    ['She continued to stay in bed most days and had difficulty completing household chores such as cooking and laundry.', [`${D}/not_improved`]],
    ['He has difficulty completing household tasks like vacuuming and mopping.', [`${D}/not_improved`]],
  ])('%s', check);
});
