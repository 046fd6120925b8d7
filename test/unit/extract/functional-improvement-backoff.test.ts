import { describe, expect, it } from 'vitest';
import { backoffRules, evidenceWithBackoff as evidence } from './fi-backoff-evidence.ts';

// The clause-level back-off (issue #3: unseen phrasings): a function topic and a change cue in a
// clause where the phrasings found nothing. The sentences are invented.

describe('a topic and a verdict or a move: the cue and the topic give the direction', () => {
  it.each([
    ['Ibuprofen use has gone down since the injection.', ['medication_use/improved']],
    ['She can walk farther than at the initial evaluation.', ['activity_tolerance/improved']],
    ['Her lifting limit was raised to 25 lbs at the last visit.', ['work_restrictions/improved']],
    ['Her functional status has regressed since the last visit.', ['general/worsened']],
    ['He is doing better with his daily activities.', ['general/improved']],
    ['He requires more assistance with grocery shopping now.', ['adl/worsened']],
    ['He reports that he is less active since the surgery.', ['activity_tolerance/worsened']],
    ['He uses his cane less since the last visit.', ['activity_tolerance/improved']],
    ['Her daily activities are unchanged since the last visit.', ['adl/not_improved']],
    ['Walking is no different than before the injections.', ['activity_tolerance/not_improved']],
    ['He walks about half a block, unchanged for months.', ['activity_tolerance/not_improved']],
    ['Her sitting tolerance has not increased.', ['activity_tolerance/not_improved']],
  ])('%s', (text, expected) => expect(evidence(text)).toEqual(expected));
});

describe('abilities and needs now, again, still or given up', () => {
  it.each([
    ['She reports more independence with bathing since the surgery.', ['adl/improved']],
    ['He is better able to reach overhead since starting therapy.', ['adl/improved']],
    ['She now needs help from her son with laundry, which she used to do alone.', ['adl/worsened']],
    ['He continues to have difficulty with stairs.', ['adl/not_improved']],
    ['Driving is still difficult for her.', ['adl/not_improved']],
    ['She still needs her husband\'s help getting in and out of the tub.', ['adl/not_improved']],
    ['She no longer needs help with showering.', ['adl/improved']],
    ['He gave up jogging last month.', ['activity_tolerance/worsened']],
    ['She stopped driving because she cannot check her blind spot.', ['adl/worsened']],
  ])('%s', (text, expected) => expect(evidence(text)).toEqual(expected));
});

describe('two values compared over time', () => {
  it.each([
    ['Pinch strength 9 kg -> 12 kg since the last visit.', ['objective_measure/improved']],
    ['Grip R 30 kg today vs 24 kg six weeks ago.', ['objective_measure/improved']],
    ['Keyboard tolerance up from ~10 min to 35 min before she needs a break.', ['activity_tolerance/improved']],
  ])('%s', (text, expected) => expect(evidence(text)).toEqual(expected));
});

describe('no evidence: symptoms, plans, exams, conditions, other people, the injury\'s history', () => {
  it.each([
    'Her back pain has improved.',
    'She tolerated the procedure well and was returned to recovery.',
    'It occurs when he stands up from the sitting position.',
    'She noted some increase in her hair loss recently.',
    'He just started doing range of motion type exercises for his knee.',
    'His pain with walking is better.',
    'She sleeps better since the medication change.',
    'His mood is improved.',
    'Less numbness when typing.',
    'Symptoms are worse with prolonged standing.',
    'Pain increased with sitting.',
    'Worse with prolonged computer use.',
    'Goal: increase walking tolerance to 30 minutes.',
    'Plan to decrease Norco to twice daily.',
    'We will taper his oxycodone.',
    'If restrictions are eased he can return to his usual job.',
    'Therapy should increase his endurance.',
    'The patient is to have increased endurance in both legs.',
    'Range of motion: flexion 40 degrees, extension 10 degrees.',
    'Decreased range of motion of the cervical spine.',
    'Decreased grip strength on the right.',
    'Strength 4/5 on the left vs 5/5 on the right.',
    'Right grip 30 kg vs left 45 kg.',
    'Flexion 0 to 120 degrees.',
    'Knee range of motion from 5 to 110 degrees.',
    'His mother needs more help with dressing.',
    'Prior to the injury he could walk 5 miles.',
    'Before the motor vehicle accident she could sit for much longer.',
    'Norco was discontinued due to constipation.',
    'She stopped gabapentin because of dizziness.',
    'Lyrica was tried and stopped.',
    'She declined oral ibuprofen.',
    'Medications: Norco 10/325 up to 4 times a day.',
    'He has more pain with lifting.',
    'She was working full duty before the accident.',
    'She walks less than a block.',
    'He cannot sit more than 20 minutes.',
    'He was provided with further medication management.',
    'His functional capacity has been gradually worsening.',
    'She is a 36-year-old who sustained a cumulative injury from 1-1-2012 to 7-22-2014.',
    'He bends down to pick up a wrench.',
    'The work restrictions were, once again, continued.',
  ])('%s', (text) => expect(evidence(text)).toEqual([]));
});

describe('each back-off fact names its cue', () => {
  it('rule ids are the back-off lexicon\'s', () => {
    expect(backoffRules('He gave up jogging last month.')).toEqual(['fi-backoff.cue.stopped']);
    expect(backoffRules('Keyboard tolerance up from ~10 min to 35 min before she needs a break.')).toEqual(['fi-backoff.cue.up']);
  });
});
