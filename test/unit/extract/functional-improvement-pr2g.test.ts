import { describe, it } from 'vitest';
import { expectFiPairs, FI_DIMENSIONS } from './fi-evidence.ts';

// Issue #3, round 7 (PR-2g) of phenomena the extractor missed or misread, one describe per
// phenomenon. The sentences are invented for this file. The evidence is compared as the scorer
// does: a set of dimension/direction pairs. Each phenomenon is checked alone and inside a PR-2
// note (a SUBJECTIVE block of several lines around it), since neighbouring lines (a pain score, a
// quote) have broken rules that passed on a lone sentence.
const check = expectFiPairs;
const { W, A, M, D, O, G } = FI_DIMENSIONS;

/** A PR-2 progress note with the line under test inside its SUBJECTIVE block. */
const inNote = (line: string): string => [
  'PRIMARY TREATING PHYSICIAN\'S PROGRESS REPORT (PR-2)',
  'SUBJECTIVE:',
  'The patient returns for follow-up of low back and right leg pain after the second epidural.',
  'Pain is 5/10 today, 7/10 at worst.',
  line,
  'She is doing her home exercises most days.',
  'OBJECTIVE:',
  'Lumbar flexion to mid shin. Gait is mildly antalgic.',
  'PLAN:',
  'Continue home exercises. Follow up in 4 weeks.',
].join('\n');

/** Checks a line alone and inside a PR-2 note. */
const both = (line: string, expected: string[]) => {
  check(line, expected);
  check(inNote(line), expected);
};

describe('a. a tolerance set against an unnumbered or clause-level earlier time', () => {
  it.each<[string, string[]]>([
    ['Since the block he can stand 45 minutes at the workbench; before it he had to sit after 10 min.', [`${A}/improved`]],
    ['She can sit 40 minutes at her desk; before therapy she had to get up after 15 minutes.', [`${A}/improved`]],
    ['He can stand 20 minutes at the sink; in April he could stand 45 minutes.', [`${A}/worsened`]],
    ['Able to sit through a whole ball game now; in February she left after the first hour.', [`${A}/improved`]],
    ['He was able to walk a mile with his grandson, compared with a few blocks before the injections.', [`${A}/improved`]],
    ['She walks 2 miles, compared with 4 blocks before the surgery.', [`${A}/improved`]],
    ['He can no longer hold a fishing rod for more than a few minutes, which he was doing in July.', [`${A}/worsened`]],
    // A current tolerance with nothing earlier; an earlier time with no value or ability.
    ['She can stand 40 minutes at the counter.', []],
    ['She can stand 40 minutes at the counter; she has to sit after 15 min when cooking.', []],
    ['On exam, extension was 15 degrees and flexion was 110 degrees.', []],
  ])('%s', both);
});

describe('b. the patient\'s own words with "now", "again", "finally", "yet"', () => {
  it.each<[string, string[]]>([
    ['Says "I can finally open jars again without help."', [`${D}/improved`]],
    ['She says, "I can finally button my blouse."', [`${D}/improved`]],
    ['States "the stairs at home are no problem now but I can\'t walk on uneven ground at work yet."', [`${D}/improved`, `${A}/not_improved`]],
    ['He said "I can\'t walk on the beach yet."', [`${A}/not_improved`]],
    // The clause after the quote describes the earlier state: no loss.
    ['Pt reports "I can go to the pharmacy by myself now," which he avoided entirely in the spring.', [`${D}/improved`]],
    ['She says "I can get to the bank by myself now," which she avoided in March.', [`${D}/improved`]],
    // A wish, a plan, an ability not said as new.
    ['She says "I hope I can open jars again soon."', []],
    ['He asks "when can I drive again?"', []],
  ])('%s', both);
});

describe('c. walking a pet and trips in the community are daily tasks', () => {
  it.each<[string, string[]]>([
    ['Now able to walk the dog around the block again.', [`${D}/improved`]],
    ['He is now able to walk his dogs to the park.', [`${D}/improved`]],
    // With a duration the walk is a tolerance (the annotators' reading, kept from earlier rounds).
    ['The tramadol enables him to walk his dog for 30 minutes.', [`${A}/improved`]],
  ])('%s', both);
});

describe('d. household tasks and transit stay ADL with a duration; refusals that last', () => {
  it.each<[string, string[]]>([
    ['Still unable to vacuum for more than 5 min.', [`${D}/not_improved`]],
    ['She still cannot mop the kitchen for longer than 10 minutes.', [`${D}/not_improved`]],
    ['Still will not ride the bus.', [`${D}/not_improved`]],
    ['He still won\'t take the train to his appointments.', [`${D}/not_improved`]],
    // Yard work with a time is still a tolerance; a future "will not" is no limit.
    ['With medications she is able to do light yard work 30 min.', [`${A}/improved`]],
    ['He will not drive until cleared by neurology.', []],
  ])('%s', both);
});

describe('e. goals with their outcome, inline or in a heading\'s brackets', () => {
  it.each<[string, string[]]>([
    ['His goal of riding the bus two stops with his daughter NOT met.', [`${D}/not_improved`]],
    ['Goal 2 (walk 1 mile): NOT MET - tolerates ~1/4 mile.', [`${A}/not_improved`]],
    ['STG #3 (sit 45 min): achieved.', [`${A}/improved`]],
    ['Her goal of standing 30 minutes to cook was met.', [`${A}/improved`]],
    ['The goal of returning to full duty has not been met.', [`${W}/not_improved`]],
    // An aim, a date in the brackets, a goal only discussed.
    ['Long-term goal to be achieved by discharge.', []],
    ['Goal 1 (02/11/25): met.', []],
    ['Her goal of walking 2 miles was discussed.', []],
    ['The goal of walking a mile should be met by May.', []],
  ])('%s', both);
});

describe('f. pipe tables of a serial measure with a dated initial column', () => {
  it.each<[string, string[]]>([
    ['Measure | Initial (02/11/25) | Current\nLEFS | 22/80 | 51/80\nL ankle DF (deg) | -5 | 12', [`${O}/improved`]],
    ['Measure | Initial (01/06/26) | Current\nR knee flexion (deg) | 95 | 120', [`${O}/improved`]],
    ['Measure | Initial (01/06/26) | Current\nLEFS | 51/80 | 22/80', [`${O}/worsened`]],
    ['Measure | Initial | Current\nQuickDASH | 61 | 34', [`${O}/improved`]],
  ])('%s', both);
});

describe('g. a response that cannot be judged in function', () => {
  it.each<[string, string[]]>([
    ['Response to topiramate cannot be assessed functionally.', [`${G}/absent_documentation`]],
    ['The effect on function cannot be judged.', [`${G}/absent_documentation`]],
    ['The effect of the injections on his function cannot be determined yet.', [`${G}/absent_documentation`]],
    ['The functional response to the TENS trial cannot be assessed.', [`${G}/absent_documentation`]],
    // Not about function, or said as possible.
    ['Her response to the injection cannot be assessed until the swelling resolves.', []],
    ['The effect of the block on pain cannot be judged.', []],
    ['The response to Lyrica can be assessed at the next visit.', []],
  ])('%s', both);
});

describe('h. a dose raised against an earlier one; off-work orders', () => {
  it.each<[string, string[]]>([
    ['Taking 3 tablets daily, up from one at bedtime last month, d/t pain.', [`${M}/worsened`]],
    ['Norco 10/325 4 tablets daily, up from two at bedtime in January.', [`${M}/worsened`]],
    // An off-work order alone is the note's work status.
    ['Remain off work through 03/31.', []],
    ['Remain off work until 6/1.', []],
  ])('%s', both);

  it.each<[string, string[]]>([
    // The order continues an off-work status the note states.
    ['He has been off work since the fusion.\nWORK STATUS: Remain off work through 03/31.', [`${W}/not_improved`]],
    ['She was taken off work in May.\nWORK STATUS: Remain off work until 04/15.', [`${W}/not_improved`]],
    ['He returned to light duty in May.\nWORK STATUS: Modified duty through 03/31.', [`${W}/improved`]],
  ])('%s', check);
});
