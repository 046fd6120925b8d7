import { describe, it } from 'vitest';
import { expectFiPairs, FI_DIMENSIONS } from './fi-evidence.ts';

// Issue #3, round 4 of PR-2 phenomena the extractor missed or misread, one describe per
// phenomenon. The sentences are invented for this file. The evidence is compared as the scorer
// does: a set of dimension/direction pairs.
const check = expectFiPairs;
const { W, A, M, D, O, G } = FI_DIMENSIONS;

describe('1. a burden word of the earlier state is no loss now', () => {
  it.each<[string, string[]]>([
    ['Ambulating half a mile on pavement; was limited to in-home distances at the first visit.', [`${A}/improved`]],
    ['Can now tolerate driving 30 minutes, previously unable.', [`${A}/improved`]],
    ['She can now manage the stairs, was unable at intake.', [`${D}/improved`]],
    // A limit with its number is compared by the numbers.
    ['Sitting 10 min, previously limited to 30 min.', [`${A}/worsened`]],
    // A need now, which she did not have then, stays a loss.
    ['She now needs help with bathing, which she did not need at intake.', [`${D}/worsened`]],
  ])('%s', check);
});

describe('2. earlier values: named again, in pipe tables, under the minimal important difference', () => {
  it.each<[string, string[]]>([
    ['Lumbar ROM: flex 70/90, ext 10/25 (last visit flex 50/90).', [`${O}/improved`]],
    ['Lumbar flexion 70 deg, extension 10 deg (prior visit extension 20 deg).', [`${O}/worsened`]],
    ['Tandem stance | 20 sec (8 sec at start of therapy)', [`${O}/improved`]],
    ['Shoulder ROM | Initial | Current\nShoulder abduction (deg) | 90 | 150', [`${O}/improved`]],
    ['Outcome | Then | Now\nNDI | 38% | 12%', [`${O}/improved`]],
    ['Test | 4 wks ago | Today\nHip flexion, supine | 80 deg | 95 deg', [`${O}/improved`]],
    // Gains smaller than the instrument's minimal important difference.
    ['Measure | Initial | Current\nODI | 34% | 31%', [`${O}/not_improved`]],
    ['Beck Depression Inventory: 22 at intake, 20 today.', [`${O}/not_improved`]],
    ['GAD-7 9 (previously 11).', [`${O}/not_improved`]],
    ['PHQ-9 8 (intake 17).', [`${O}/improved`]],
    // A small loss stays a loss.
    ['NDI 46% today (was 42%).', [`${O}/worsened`]],
    // Any named handicap or disability inventory is a measure.
    ['Lower Extremity Handicap Index went down from 48 to 26.', [`${O}/improved`]],
  ])('%s', check);
});

describe('3. work limits: bans over a weight and the restriction replaced', () => {
  it.each<[string, string[]]>([
    ['No carrying over 15 lbs, reduced from 30 lbs last month.', [`${W}/worsened`]],
    ['No lifting over 40 pounds, raised from 20 pounds.', [`${W}/improved`]],
    ['Restrictions: no lifting > 30 lbs; previous restrictions 3/4/2026: no lifting > 15 lbs.', [`${W}/improved`]],
  ])('%s', check);
});

describe('4. activity: aids given up, activities now done, capacities against an evaluation', () => {
  it.each<[string, string[]]>([
    ['Now walking 3 blocks to the store.', [`${A}/improved`]],
    ['She stopped using the walker after week 6.', [`${A}/improved`]],
    ['He can finish a full two-hour class without a rest, previously limited to 45 minutes.', [`${A}/improved`]],
    ['She can stand for 15 minutes, which is less than at the initial evaluation.', [`${A}/worsened`]],
    ['She can walk for 40 minutes, which is more than at the last visit.', [`${A}/improved`]],
  ])('%s', check);
});

describe('5. ADL and medication use', () => {
  it.each<[string, string[]]>([
    ['He still avoids leaving home apart from his therapy visits.', [`${D}/not_improved`]],
    ['Her Norco use went up from once to four times daily.', [`${M}/worsened`]],
    ['Taking naproxen only at bedtime now, was taking 500 mg BID.', [`${M}/improved`]],
  ])('%s', check);
});

describe('6. reviewer absences', () => {
  it.each<[string, string[]]>([
    ['The treating physician did not specify which functions, if any, had been improved.', [`${G}/absent_documentation`]],
    ['No improvements in self-care were documented.', [`${D}/absent_documentation`]],
    ['There is no evidence of reduced opioid use or improved function after the injections.', [`${G}/absent_documentation`]],
    ['The PT summary notes no change in pinch strength throughout the therapy.', [`${O}/not_improved`]],
  ])('%s', check);
});
