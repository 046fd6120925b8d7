import { describe, it } from 'vitest';
import { expectFiPairs, FI_DIMENSIONS } from './fi-evidence.ts';

// Issue #3, round 5 (PR-2e) of phenomena the extractor missed or misread, one describe per
// phenomenon. The sentences are invented for this file. The evidence is compared as the scorer
// does: a set of dimension/direction pairs.
const check = expectFiPairs;
const { W, A, M, D, O, G } = FI_DIMENSIONS;

describe('1. a reviewer\'s list of absent gains: each item its own dimension', () => {
  it.each<[string, string[]]>([
    ['The submitted reports do not document decreased reliance on medications, improved sitting or standing tolerance, or a return to work.', [`${M}/absent_documentation`, `${A}/absent_documentation`, `${W}/absent_documentation`]],
    ['There was no evidence of a return to modified duty, of reduced opioid consumption, or of improved performance of household tasks.', [`${W}/absent_documentation`, `${M}/absent_documentation`, `${D}/absent_documentation`]],
    ['Documentation does not reflect reduced restrictions, increased walking distance, or less need for Norco.', [`${W}/absent_documentation`, `${A}/absent_documentation`, `${M}/absent_documentation`]],
    ['Neither an increase in activity level nor a reduction in medication use was documented.', [`${A}/absent_documentation`, `${M}/absent_documentation`]],
    ['The continuing use of tramadol has not led to documented reductions in opioid use or to improved performance of activities of daily living.', [`${M}/absent_documentation`, `${D}/absent_documentation`]],
    // The list stops at a new subject; the event after it is the worker's own.
    ['The medical records do not document a reduction in opioid use, and the worker has returned to modified duty.', [`${M}/absent_documentation`, `${W}/improved`]],
    // A list of examples of functional improvement itself stays general.
    ['There is no documentation of functional improvement such as reduced work restrictions or increased activity tolerance.', [`${G}/absent_documentation`]],
    ['There is no documented decrease in pain or increase in function.', [`${G}/absent_documentation`]],
  ])('%s', check);
});

describe('1b. single absences: measures, questions the record leaves open', () => {
  it.each<[string, string[]]>([
    ['No objective measures of knee function were recorded after the injections.', [`${O}/absent_documentation`]],
    ['No objective functional testing was performed.', [`${O}/absent_documentation`]],
    ['There were no objective measurements of grip strength before and after the sessions.', [`${O}/absent_documentation`]],
    ['No serial Oswestry scores were recorded.', [`${O}/absent_documentation`]],
    ['The provider did not report whether her use of tramadol has decreased.', [`${M}/absent_documentation`]],
    ['It is not clear whether the applicant\'s analgesic consumption has decreased.', [`${M}/absent_documentation`]],
    ['The reviewer found no mention of whether the patient\'s opioid use changed.', [`${M}/absent_documentation`]],
    ['Whether his work restrictions have changed is not stated.', [`${W}/absent_documentation`]],
    ['There is no description of any specific ADLs that the patient can now perform.', [`${D}/absent_documentation`]],
    ['There was no documentation of how far the patient could walk before or after the treatment.', [`${A}/absent_documentation`]],
    // Not the record: the worker's own report, an exam finding, a bare status.
    ['She is not suicidal on formal testing.', []],
    ['There is no documentation of decreased range of motion in the cervical spine.', []],
    ['Her current work status is not documented.', []],
  ])('%s', check);
});

describe('2. instrument scores that barely moved', () => {
  it.each<[string, string[]]>([
    ['PHQ-9 today 11; it was 12 at intake.', [`${O}/not_improved`]],
    ['Oswestry 40% today, 42% last month.', [`${O}/not_improved`]],
    ['Oswestry 40% today, 58% last month.', [`${O}/improved`]],
    ['NDI has not changed significantly (36% to 34%).', [`${O}/not_improved`]],
    ['LEFS 42/80, previously 40/80.', [`${O}/not_improved`]],
    ['LEFS 60/80, previously 40/80.', [`${O}/improved`]],
    ['His BDI-II remains 24, the same as at intake.', [`${O}/not_improved`]],
  ])('%s', check);
});

describe('3. medication use now against before', () => {
  it.each<[string, string[]]>([
    ['Taking it about twice a week now, previously three times a day.', [`${M}/improved`]],
    ['She has had to go up on her Norco from 1 to 3 tablets a day.', [`${M}/worsened`]],
    ['He has cut his Norco in half.', [`${M}/improved`]],
    ['She is down to one Percocet a day.', [`${M}/improved`]],
    ['Using tramadol only occasionally now.', [`${M}/improved`]],
    ['He remains on the same dose of Norco.', [`${M}/not_improved`]],
    ['He continues to take the same amount of oxycodone.', [`${M}/not_improved`]],
    ['Her Norco use has doubled since last month.', [`${M}/worsened`]],
    // A drug stopped because it did no good, or did harm, is no less use.
    ['She discontinued Lyrica because it did not help.', [`${G}/not_improved`]],
    ['He stopped taking meloxicam after it upset his stomach.', []],
    ['Celebrex was stopped because it caused him heartburn.', []],
  ])('%s', check);
});

describe('4. a drug or a treatment that makes a task possible', () => {
  it.each<[string, string[]]>([
    ['The tramadol enables him to walk his dog for 30 minutes.', [`${A}/improved`]],
    ['Medication helps her get dressed in the morning.', [`${D}/improved`]],
    ['With Norco he is able to mow the lawn.', [`${D}/improved`]],
    ['Her medications help her perform her household chores.', [`${D}/improved`]],
    ['Without the medication she cannot cook or clean.', [`${D}/improved`]],
    ['The injured worker reported that without the medications she would be unable to do her household chores.', [`${D}/improved`]],
    ['Therapy has helped him sit longer.', [`${A}/improved`]],
    // A person's help is a need, and a drug that eases pain or sleep is no task.
    ['Her husband helps her get dressed.', []],
    ['Her daughter helps her with bathing now.', []],
    ['The medication helps with the pain.', []],
    ['With Norco her pain is 5/10.', []],
  ])('%s', check);
});

describe('5. tolerances against an earlier time', () => {
  it.each<[string, string[]]>([
    ['Reports tolerating full 8-hour shifts.', [`${A}/improved`]],
    ['Now tolerating 10-hour shifts at the warehouse.', [`${A}/improved`]],
    ['She has increased her time on the treadmill from 10 to 25 minutes.', [`${A}/improved`]],
    ['Since the second block she has been able to stand through her church service.', [`${A}/improved`]],
    ['She now has to stop and rest after walking one block.', [`${A}/worsened`]],
    ['His walking is limited to 10 minutes now, where in June he walked 30 minutes.', [`${A}/worsened`]],
    // A present ability with nothing to compare it with is no evidence.
    ['He is able to walk about 20 minutes.', []],
    ['She is able to sit for 30 minutes.', []],
    ['Since the injection she is able to walk 30 minutes.', [`${A}/improved`]],
    ['She cannot walk more than 10 minutes now.', []],
  ])('%s', check);
});

describe('6. work status stepped up or down', () => {
  it.each<[string, string[]]>([
    ['Full duty as of 03/02/2026 - no restrictions.', [`${W}/improved`]],
    ['Full duty since 1/5/2026.', [`${W}/improved`]],
    ['She has been working full duty since the injection.', [`${W}/improved`]],
    ['He was able to return to his usual welding duties after the block.', [`${W}/improved`]],
    ['She has gone back to her job as a cashier.', [`${W}/improved`]],
    ['He was upgraded to modified duty with a 20 lb lifting limit at the last visit.', [`${W}/improved`]],
    ['Was on light duty until 06/2026; now taken off work due to increasing numbness.', [`${W}/worsened`]],
    ['He was taken off work again after the flare.', [`${W}/worsened`]],
    ['She has been placed back on TTD because of worsening symptoms.', [`${W}/worsened`]],
    ['The claimant has remained on total temporary disability throughout the course of treatment.', [`${W}/not_improved`]],
    ['He was taken off work after the injury.', []],
  ])('%s', check);
});

describe('7. daily tasks in the worker\'s own words', () => {
  it.each<[string, string[]]>([
    ['Now: buttons shirts w/ adaptive device, no dropping, dresses independently.', [`${D}/improved`]],
    ['I can finally brush my hair again.', [`${D}/improved`]],
    ['I\'m able to wash my own hair now.', [`${D}/improved`]],
    ['I am able to take a shower without my husband\'s help now.', [`${D}/improved`]],
    ['He is dressing himself without assistance now.', [`${D}/improved`]],
    ['I still need my wife to help me with my shoes.', [`${D}/not_improved`]],
    ['I can\'t lift my grandson anymore.', [`${D}/worsened`]],
    ['The injured worker reported no change in his ability to perform activities of daily living.', [`${D}/not_improved`]],
    // Aims, living arrangements and symptoms said with "again" or "now" are no gains.
    ['I want to be able to walk again.', []],
    ['She lives with her daughter now.', []],
    ['The child then began vomiting again.', []],
    ['He hopes to begin to exercise again.', []],
  ])('%s', check);
});

describe('8. function as a whole', () => {
  it.each<[string, string[]]>([
    ['Her function continues to decline.', [`${G}/worsened`]],
    ['Functionally, she reports no change.', [`${G}/not_improved`]],
    ['He reports no functional change since starting therapy.', [`${G}/not_improved`]],
    ['There is no documentation of functional change after the injections.', [`${G}/absent_documentation`]],
  ])('%s', check);
});
