import { describe, expect, it } from 'vitest';
import { categories } from './context-categories.ts';

/**
 * Family context belongs to findings a relative has ("her mother has diabetes", "his brother's
 * back surgery"), not to the worker's own findings in a sentence that names a relative as a
 * helper, an informant, the object of the worker's activity or the owner of an event or place.
 */
describe('family context: the relative has the finding', () => {
  it.each([
    ['Her mother has type 2 diabetes.', 'type 2 diabetes'],
    ['Family history of rheumatoid arthritis.', 'rheumatoid arthritis'],
    ["Her brother's back surgery was done last year.", 'back surgery'],
    ["His father's emphysema limits him.", 'emphysema'],
    ['Her sister does have lupus.', 'lupus'],
    ['He cares for his mother, who has Parkinson disease.', 'Parkinson disease'],
    ['She lives with her father with COPD.', 'COPD'],
    ['Family history is significant for her mother with breast cancer.', 'breast cancer'],
  ])('%s -> %s is family', (sentence, target) => {
    expect(categories(sentence, target)).toEqual(['family']);
  });
});

describe('family context: the relative is not the experiencer', () => {
  it.each([
    // the owner of an event, place or thing the worker goes to
    ["She can now attend her son's soccer games.", 'soccer games'],
    ["He was able to sit through his daughter's graduation ceremony with little hip pain.", 'hip pain'],
    ["She missed her sister's wedding because of neck spasms.", 'neck spasms'],
    // a helper doing the worker's task or taking the worker somewhere
    ['Her sister does her grocery shopping now.', 'grocery shopping'],
    ['His son handles the yard work because of his lumbar pain.', 'lumbar pain'],
    ['Her daughter helps her with bathing since the wrist fracture.', 'wrist fracture'],
    ['His brother drives him to physical therapy twice a week.', 'physical therapy'],
    // an informant telling of the worker
    ['Her mother states that she is sleeping better since the injections.', 'sleeping better'],
    // the object of the worker's activity, or company
    ['She can now pick up her son without shoulder pain.', 'shoulder pain'],
    ['He lives with his parents and uses a cane for knee pain.', 'knee pain'],
    ['She babysits her niece and nephew despite the carpal tunnel symptoms.', 'carpal tunnel symptoms'],
  ])('%s -> %s is not family', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('family');
  });

  it('keeps the other categories of the sentence', () => {
    expect(categories("She can now attend her son's soccer games without knee pain.", 'knee pain')).toEqual(['negated']);
  });
});
