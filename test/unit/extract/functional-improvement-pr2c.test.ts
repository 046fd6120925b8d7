import { describe, expect, it } from 'vitest';
import { expectFiPairs, FI_DIMENSIONS, fiPairs } from './fi-evidence.ts';

// Issue #3, round 3 of PR-2 phrasings the extractor missed or misread, one describe per
// phenomenon. The sentences are invented for this file. The evidence is compared as the scorer
// does: a set of dimension/direction pairs.
const read = fiPairs;
const check = expectFiPairs;
const { W, A, M, D, O, G } = FI_DIMENSIONS;

describe('1. a lower dosing frequency is less use (nightly < BID < TID < QID, prn < scheduled)', () => {
  it.each<[string, string[]]>([
    ['Meloxicam 15 now only at bedtime, was BID.', [`${M}/improved`]],
    ['Ibuprofen 600 now once daily, previously QID.', [`${M}/improved`]],
    ['Norco 10 now TID, was BID.', [`${M}/worsened`]],
    // An order is no course.
    ['Continue naproxen twice a day instead of prn.', []],
  ])('%s', check);
});

describe('2. a raised lifting limit is a lighter restriction', () => {
  it.each<[string, string[]]>([
    ['Push/pull max 40 lb (up from 20 lb).', [`${W}/improved`]],
    ['Lifting restricted to 10 lbs, was 25 lbs.', [`${W}/worsened`]],
    // A load carried (no limit word) stays a tolerance.
    ['She can carry 20 lb now, up from 10 lb.', [`${A}/improved`]],
  ])('%s', check);
});

describe('3. the patient\'s own words', () => {
  it.each<[string, string[]]>([
    ['"I can get in and out of the tub by myself now."', [`${D}/improved`]],
    ['"I sat through the whole game last weekend."', [`${A}/improved`]],
    ['"I still can\'t finish a full shift at the warehouse."', [`${A}/not_improved`]],
    ['He hopes to work a full shift.', []],
  ])('%s', check);
});

describe('4. levels kept, needs, doses raised or cut, stated gains', () => {
  it.each<[string, string[]]>([
    ['Standing tolerance remains at about 20 minutes, no different from the visit in May.', [`${A}/not_improved`]],
    ['He must still use a handrail on the stairs at home.', [`${A}/not_improved`]],
    ['She was able to increase her walking time to 40 minutes.', [`${A}/improved`]],
    ['Plan to increase her walking time.', []],
    ['He needed to increase his oxycodone from two to four tablets daily.', [`${M}/worsened`]],
    ['Cut down Motrin from 4/day to 1/day.', [`${M}/improved`]],
    ['She has not touched the tramadol in about a month.', [`${M}/improved`]],
    ['Opioid dose stable for a year; three taper attempts failed.', [`${M}/not_improved`]],
    ['Her Percocet use is unchanged.', [`${M}/not_improved`]],
    ['She rated her overall functioning as "about the same".', [`${G}/not_improved`]],
    ['The patient shows steady functional gains.', [`${G}/improved`]],
  ])('%s', check);
});

describe('5. a pipe table: the first and the current column, never the goal', () => {
  it('compares the evaluation with today', () => {
    const table = [
      'Measure | IE 3/2026 | Today | Goal',
      'AROM knee flexion (deg) | 85 | 120 | 135',
      'Lift floor to waist | 10 lb | 25 lb | 40 lb',
    ].join('\n');
    check(table, [`${O}/improved`, `${A}/improved`]);
  });
  it('reads a loss against the first column', () => {
    check(['Measure | IE | Today | Goal', 'Lift floor to waist | 20 lb | 5 lb | 50 lb'].join('\n'), [`${A}/worsened`]);
  });
});

describe('6. a labelled answer per domain', () => {
  it.each<[string, string[]]>([
    ['Cooking: [ ] Improved [X] No change [ ] Declined', [`${D}/not_improved`]],
    ['Carrying groceries (bags, jugs): no change', [`${D}/not_improved`]],
    ['Looking over his shoulder when driving: still limited', [`${D}/not_improved`]],
  ])('%s', check);
});

describe('7. with against without medication', () => {
  it.each<[string, string[]]>([
    ['W/ meds stands 30 min at the counter (vs. 10 min without).', [`${A}/improved`]],
  ])('%s', check);
});

describe('8. an earlier value before a treatment or at an evaluation', () => {
  it.each<[string, string[]]>([
    ['Single-leg stance R 12 sec (was 3 sec at the initial evaluation).', [`${O}/improved`]],
    ['Able to clean 3 rooms in a row (before therapy: 1, then had to lie down).', [`${A}/improved`]],
  ])('%s', check);
});

describe('9. now against an earlier season', () => {
  it.each<[string, string[]]>([
    ['He now uses Norco every day, where in the fall he took it a few times a week.', [`${M}/worsened`]],
  ])('%s', check);
});

describe('10. a reviewer\'s absences are absent documentation', () => {
  it.each<[string, string[]]>([
    ['The progress note of 2/11 does not comment on functional gains.', [`${G}/absent_documentation`]],
    ['The notes do not describe which activities of daily living, if any, have improved.', [`${D}/absent_documentation`]],
    ['Nor do the records indicate that her work restrictions have been lifted.', [`${W}/absent_documentation`]],
    ['Nor do the records indicate that her standing tolerance has changed.', [`${A}/absent_documentation`]],
  ])('%s', check);
});

describe('11. a spouse\'s help is the worker\'s need, not family context', () => {
  it.each<[string, string[]]>([
    ['She continues to need her husband\'s help getting dressed.', [`${D}/not_improved`]],
  ])('%s', check);
});
