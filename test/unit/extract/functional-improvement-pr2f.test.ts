import { describe, expect, it } from 'vitest';
import { createFunctionalImprovementExtractor } from '../../../src/extract/functional-improvement.ts';
import { expectFiPairs, FI_DIMENSIONS } from './fi-evidence.ts';
import { runExtractor } from './run-extractor.ts';

// Issue #3, round 6 (PR-2f) of phenomena the extractor missed or misread, one describe per
// phenomenon. The sentences are invented for this file. The evidence is compared as the scorer
// does: a set of dimension/direction pairs.
const check = expectFiPairs;
const { W, A, M, D, O, G } = FI_DIMENSIONS;

describe('a. drug use denied since a time, the earlier drug named', () => {
  it.each<[string, string[]]>([
    ['Denies any opioid use since 05/2025 (was on Norco after the fusion).', [`${M}/improved`]],
    ['She denies taking any narcotics since the spring (previously on oxycodone).', [`${M}/improved`]],
    ['He denies pain medication use since August, he was taking tramadol before the block.', [`${M}/improved`]],
    ['Reports no opioid use since January (had been on hydrocodone).', [`${M}/improved`]],
    ['No narcotic use since 01/2026 (previously Percocet).', [`${M}/improved`]],
    // A denial with no earlier use is a social history; a drug that is no pain treatment is none.
    ['Denies narcotic use.', []],
    ['Denies opioid use since 2019.', []],
    ['No narcotic use since 2019.', []],
    ['He denies alcohol use since the accident (was drinking daily before).', []],
  ])('%s', check);
});

describe('b. use gone back up to an earlier level', () => {
  it.each<[string, string[]]>([
    ['Since the block wore off he is back up to 4 Norco a day.', [`${M}/worsened`]],
    ['She went back up to three tramadol daily after the flare.', [`${M}/worsened`]],
    ['He is back to taking Percocet twice a day.', [`${M}/worsened`]],
    ['She has gone back to her previous dose of gabapentin.', [`${M}/worsened`]],
    // A cut and a return in one note are both there.
    ['He had cut down to 1 Norco a day after the RFA but is now back up to 3 a day.', [`${M}/improved`, `${M}/worsened`]],
    // A plan, a wish, an activity, work.
    ['He will go back up to 3 Norco a day if the pain returns.', []],
    ['She does not want to go back to taking Norco.', []],
    ['He is back up to walking 3 miles a day.', []],
    ['She is back up to 3 a day.', []],
  ])('%s', check);
});

describe('c. a treating drug\'s dose raised (or lowered)', () => {
  it.each<[string, string[]]>([
    ['Cymbalta increased from 30 mg to 60 mg at the last visit.', [`${M}/worsened`]],
    ['Gabapentin titrated up to 800 TID.', [`${M}/worsened`]],
    ['Her Lyrica was increased to 150 mg BID.', [`${M}/worsened`]],
    ['Increased his tramadol to 50 mg QID.', [`${M}/worsened`]],
    ['Norco dose increased to 10/325 q6h.', [`${M}/worsened`]],
    ['Gabapentin 300 mg increased to 600 mg TID.', [`${M}/worsened`]],
    ['Nortriptyline was uptitrated to 50 mg at bedtime.', [`${M}/worsened`]],
    ['Duloxetine decreased from 60 mg to 30 mg.', [`${M}/improved`]],
    // Planned or allowed raises, other drugs, pain.
    ['Will increase gabapentin to 600 mg TID.', []],
    ['Gabapentin may be titrated up to 900 mg as needed.', []],
    ['Plan: Increase Cymbalta to 60 mg daily.', []],
    ['Lisinopril was increased to 20 mg.', []],
    ['Her pain increased to 8/10.', []],
    // A measure that fell is not a drug ("strength decreased from" is no drug pattern).
    ['Hip abduction strength decreased from 5/5 to 4/5 since the last visit.', [`${O}/worsened`]],
  ])('%s', check);
});

describe('d. a global hedge about the worker', () => {
  it.each<[string, string[]]>([
    ['No real change.', [`${G}/not_improved`]],
    ['Subjective: no real change since the last visit.', [`${G}/not_improved`]],
    ['She is not much different overall.', [`${G}/not_improved`]],
    ['Overall, he is about the same.', [`${G}/not_improved`]],
    ['His condition is essentially unchanged.', [`${G}/not_improved`]],
    ['Pt states she is not really any different.', [`${G}/not_improved`]],
    // A study, a lab or a work status is no hedge about function.
    ['The MRI shows no real change.', []],
    ['No real change in the lumbar x-ray since 2023.', []],
    ['Impression: No real change.', []],
    ['His work status is unchanged.', []],
  ])('%s', check);
});

describe('e. treatment goals listed with their outcome', () => {
  it.each<[string, string[]]>([
    ['Treatment goals: return to driving, reduce avoidance - not met.', [`${G}/not_improved`]],
    ['Goal: carry 15 lb groceries - met.', [`${A}/improved`]],
    ['Goal: carry groceries from the car - met.', [`${D}/improved`]],
    ['Goals: walk 20 minutes - met; return to full duty - not met.', [`${A}/improved`, `${W}/not_improved`]],
    ['STG #2: sit 45 minutes (achieved).', [`${A}/improved`]],
    ['LTG: improve sleep and mood - not met.', [`${G}/not_improved`]],
    // An aim with no outcome, a partial one, a note about goals.
    ['Goal: return to full duty.', []],
    ['Goal: independent with dressing - partially met.', []],
    ['Goals reviewed with the patient; all met.', []],
  ])('%s', check);
});

describe('f. a tolerance from one value to another', () => {
  it.each<[string, string[]]>([
    ['The block allowed him to stand an additional 15 minutes, from 10 to 25 minutes.', [`${A}/improved`]],
    ['She can now walk an extra 3 blocks, from 2 to 5 blocks.', [`${A}/improved`]],
    ['Sitting tolerance from 40 minutes to 15 minutes since the fall.', [`${A}/worsened`]],
    ['His standing time has gone from 30 to 10 minutes.', [`${A}/worsened`]],
    ['Oswestry went from 52% to 30%.', [`${O}/improved`]],
    ['Pain went from 8/10 to 4/10.', []],
  ])('%s', check);
});

describe('g. an ability with a length, said as new', () => {
  it.each<[string, string[]]>([
    ['She could now type for 30 minutes at a time.', [`${A}/improved`]],
    ['I can drive to the coast now without stopping.', [`${A}/improved`]],
    ['He can now walk to the park and back without resting.', [`${A}/improved`]],
    // A present capacity with nothing to compare, or a limit.
    ['I can drive to work without stopping.', []],
    ['She cannot drive to the store now without stopping.', []],
    ['He can\'t walk to the mailbox now without resting.', []],
  ])('%s', check);

  // A relative's place named in the sentence is no family context for the worker's own tolerance
  // (the candidate is made whatever ConText says of "sister's").
  it('keeps the candidate beside a relative\'s possessive', () => {
    const { candidates } = runExtractor(createFunctionalImprovementExtractor({}));
    const found = candidates('I can drive to my sister\'s place now without stopping.').map((c) => c.type === 'functional_improvement' && `${c.value.dimension}/${c.value.direction}`);
    expect(found).toEqual([`${A}/improved`]);
  });
});

describe('h. a reviewer\'s absences, and a prior review\'s reason', () => {
  it.each<[string, string[]]>([
    ['No change in activity tolerance was reported after the blocks.', [`${A}/absent_documentation`]],
    ['No reduction in opioid use was documented after the injections.', [`${M}/absent_documentation`]],
    ['No improvement was documented after the sessions.', [`${G}/absent_documentation`]],
    ['The notes did not address whether the acupuncture changed her work capacity.', [`${W}/absent_documentation`]],
    ['The notes did not address whether the acupuncture changed her work capacity or her ability to perform household chores.', [`${W}/absent_documentation`, `${D}/absent_documentation`]],
    ['The prior reviewer denied the request because there was no documented functional improvement.', [`${G}/absent_documentation`]],
    // The clinician's own finding stays a finding; a change in pain is no function.
    ['No change in ADLs was noted.', [`${D}/not_improved`]],
    ['The notes did not address whether the acupuncture changed her pain.', []],
  ])('%s', check);

  // A reporting verb ends the hypothetical scope of "requests" (ctx.terminate.reported-reason).
  it('Utilization Review non-certified both requests, stating that there was no documentation of objective functional improvement with the prior care.', () => {
    check('Utilization Review non-certified both requests, stating that there was no documentation of objective functional improvement with the prior care.', [`${G}/absent_documentation`]);
  });
});

describe('i. disability indices against an earlier score', () => {
  it.each<[string, string[]]>([
    ['The Pain Disability Index was 48/70, compared to 35/70 in 11/2024.', [`${O}/worsened`]],
    ['PDI 28/70, compared to 45/70 at intake.', [`${O}/improved`]],
    ['Roland-Morris 16/24, compared to 9/24 in March.', [`${O}/worsened`]],
    ['QuickDASH was 22, compared to 50 at the first visit.', [`${O}/improved`]],
    ['LEFS 62/80, compared to 35/80 at intake.', [`${O}/improved`]],
    ['LEFS 30/80, compared to 52/80 in May.', [`${O}/worsened`]],
  ])('%s', check);
});

describe('j. help from another person still needed', () => {
  it.each<[string, string[]]>([
    ['He continued to need assistance from his son to tie his shoes.', [`${D}/not_improved`]],
    ['She continues to require help from her daughter with bathing.', [`${D}/not_improved`]],
    ['He continued to rely on his wife to do the laundry.', [`${D}/not_improved`]],
    // A helper named without persistence is no change.
    ['His wife helps him with dressing.', []],
  ])('%s', check);
});

describe('k. "without benefit" in a treatment history', () => {
  it.each<[string, string[]]>([
    // A course the worker tried and that failed.
    ['She tried chiropractic care without benefit.', [`${G}/not_improved`]],
    ['He has had 8 sessions of PT without any benefit.', [`${G}/not_improved`]],
    ['Tried acupuncture w/o benefit.', [`${G}/not_improved`]],
    // A verbless item of a history list: the treatment's effect, as listed.
    ['TENS trial w/o benefit.', []],
    ['Prior treatment: PT x 12 without benefit; chiropractic without benefit.', []],
    ['Past acupuncture without benefit.', []],
  ])('%s', check);
});

describe('leftovers of PR-2e', () => {
  it.each<[string, string[]]>([
    // Absences of each item a denial names.
    ['Neither his standing tolerance nor his grip strength was reassessed.', [`${A}/absent_documentation`, `${O}/absent_documentation`]],
    ['Neither her walking distance nor her Oswestry score was remeasured after the blocks.', [`${A}/absent_documentation`, `${O}/absent_documentation`]],
    ['His lifting capacity was not reassessed.', [`${A}/absent_documentation`]],
    ['Range of motion was not remeasured after therapy.', [`${O}/absent_documentation`]],
    ['Neither his grip strength nor his ADLs were reassessed.', [`${O}/absent_documentation`, `${D}/absent_documentation`]],
    ['Neither the MRI nor the EMG was repeated.', []],
    // Comparisons across "whereas".
    ['She can walk 15 minutes, whereas in March she could walk 40 minutes.', [`${A}/worsened`]],
    ['He can stand 30 minutes now, whereas in January he could only stand 10 minutes.', [`${A}/improved`]],
    ['She sits for 50 minutes, whereas previously she could sit for 20 minutes.', [`${A}/improved`]],
    ['He used to walk 3 miles, whereas now he walks one mile.', [`${A}/worsened`]],
    ['She could lift 30 lbs in May, whereas now she can lift only 15 lbs.', [`${A}/worsened`]],
    // Off work, said as lasting.
    // A status kept since a date is the work status, not a finding about the treatment.
    ['He remains off work since the fall.', []],
    ['Remain off work through 03/31/2026.', []],
    ['She has remained on TTD throughout treatment.', [`${W}/not_improved`]],
    ['She is still off work.', [`${W}/not_improved`]],
    ['He continues to be TTD.', [`${W}/not_improved`]],
    ['Remain off work until 6/1.', []],
    // Function as a whole against an earlier time.
    ['She is functioning at a lower level than before the injury.', [`${G}/worsened`]],
    ['He is functioning at a lower level than at the last visit.', [`${G}/worsened`]],
    ['She is functioning at a much lower level compared to before the accident.', [`${G}/worsened`]],
    ['She is functioning at a higher level than last visit.', [`${G}/improved`]],
    ['His function is worse than prior to the surgery.', [`${G}/worsened`]],
    ['Functioning at a lower level due to pain.', []],
  ])('%s', check);

  // A bare "remains off work" is the note's work status: the project's fixtures leave it unlabelled.
  it('reads a bare "remains off work" as no evidence', () => check('He remains off work.', []));
});
