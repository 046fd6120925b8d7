import { describe, expect, it } from 'vitest';
import { evidence } from './fi-evidence.ts';

// The verb class x task class rule (issue #3, round 2): a tolerance verb (walk, lift, carry, climb,
// drive) meeting a daily task or a household object with no measure is ADL; with minutes, blocks,
// pounds, "longer", weights or work it stays activity tolerance. The sentences are invented.

describe('a daily task and no measure: ADL', () => {
  it.each([
    ['Still unable to drive.', ['adl/not_improved']],
    ['She has not been able to drive since the surgery.', ['adl/not_improved']],
    ['He has resumed driving on the freeway, which he had avoided since the collision.', ['adl/improved']],
    ['She resumed driving her kids to school.', ['adl/improved']],
    ['He still avoids driving at night.', ['adl/not_improved']],
    ['Now able to garden.', ['adl/improved']],
    ['He can now carry his toolbag to the truck and use a screwdriver with the right hand.', ['adl/improved']],
    ['She can now carry her handbag on the left shoulder.', ['adl/improved']],
    ['Now able to lift a laundry basket and carry grocery bags.', ['adl/improved']],
    ['She remains unable to climb stairs foot-over-foot.', ['adl/not_improved']],
    ['He is now able to climb the stairs step-over-step.', ['adl/improved']],
  ])('%s', (text, expected) => expect(evidence(text)).toEqual(expected));
});

describe('a measure keeps activity tolerance, even with a task', () => {
  it.each([
    ['He can now drive for 2 hours without stopping.', ['activity_tolerance/improved']],
    ['She is able to drive longer distances since the injection.', ['activity_tolerance/improved']],
    ['Still unable to drive more than 20 minutes.', ['activity_tolerance/not_improved']],
    ['Now able to garden for an hour.', ['activity_tolerance/improved']],
    ['He can now carry 30 lbs of groceries.', ['activity_tolerance/improved']],
    ['He can now carry his toolbox at work for an hour.', ['activity_tolerance/improved']],
    ['He is now able to climb stairs.', ['activity_tolerance/improved']],
    ['Still cannot walk more than one block.', ['activity_tolerance/not_improved']],
    ['Cannot drive more than 30 minutes, same as before.', ['activity_tolerance/not_improved']],
    ['Can\'t lift her toddler, which is the same as at the last visit.', ['adl/not_improved']],
    ['He can now walk 2 miles but running is not yet recommended.', ['activity_tolerance/improved']],
  ])('%s', (text, expected) => expect(evidence(text)).toEqual(expected));
});

describe('hard negatives: advice, plans and bare inabilities are no evidence', () => {
  it.each([
    ['Lifting at the gym without limitation is not advised.'],
    ['Driving is not recommended while she takes oxycodone.'],
    ['He is not able to drive yet.'],
    ['She may not drive until she is off her pain medications.'],
    ['He is unable to lift his son.'],
    ['She was told to stay off ibuprofen since the GI bleed.'],
  ])('%s', (text) => expect(evidence(text)).toEqual([]));
});
