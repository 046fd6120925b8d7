import { describe, expect, it } from 'vitest';
import { categories } from './context-categories.ts';

/**
 * Clause-level scope of the context engine: a trigger judges the clause it stands in, not a
 * coordinated clause with its own subject or predicate, while plain coordinated lists stay in
 * scope (the NegEx convention "no A and B" negates both).
 */
describe('context clauses: a forward negation stops at a coordinated clause with its own subject', () => {
  it.each([
    ['The splint did not help, and the anti-inflammatory was stopped.', 'anti-inflammatory'],
    ['She did not attend the sessions and her neck pain persisted.', 'neck pain'],
    ['He has not returned to work, and his employer reports light duty is available.', 'light duty'],
    ['The injection gave no relief while the home exercises reduced the stiffness.', 'home exercises'],
  ])('%s -> %s is affirmed', (sentence, target) => {
    expect(categories(sentence, target)).toEqual([]);
  });

  it('still negates the first clause', () => {
    expect(categories('She did not attend the sessions and her neck pain persisted.', 'attend the sessions')).toEqual(['negated']);
  });

  it.each([
    ['No redness and warmth over the joint.', 'warmth'],
    ['No tenderness over the spinous processes and the facet joints.', 'facet joints'],
    ['Denies numbness and the tingling he had last year.', 'tingling'],
    ['There is no swelling and tenderness of the ankle.', 'tenderness'],
    ['She denies headaches, dizziness, and blurred vision.', 'blurred vision'],
  ])('keeps a plain coordinated list negated: %s', (sentence, target) => {
    expect(categories(sentence, target)).toEqual(['negated']);
  });

  it('lets hypothetical and documentation-gap scopes run through an embedded clause', () => {
    expect(categories('Return to clinic if the knee locks and the swelling returns.', 'swelling')).toEqual(['hypothetical']);
    expect(categories('No documentation that she attended therapy and the pain improved.', 'pain improved')).toEqual(['documentation_gap']);
  });
});

describe('context clauses: a post-negation does not reach back into a clause with its own predicate', () => {
  it.each([
    ['Tinel sign at the right elbow is positive and at the left elbow is negative.', 'Tinel sign at the right elbow is positive'],
    ['Straight leg raising on the right is positive, on the left is negative.', 'Straight leg raising on the right is positive'],
    ['Grip strength is reduced, reflexes are absent.', 'Grip strength'],
    ['The shoulder is tender bilaterally and the impingement sign is negative.', 'shoulder'],
    // Both clause terminators match this "and"; the one that ends backward scopes must win.
    ['The wrist is tender and the elbow flexion test is negative.', 'wrist'],
  ])('%s -> %s is affirmed', (sentence, target) => {
    expect(categories(sentence, target)).toEqual([]);
  });

  it.each([
    ['Grip strength is reduced, reflexes are absent.', 'reflexes'],
    ['Facet loading and the Patrick test are negative.', 'Facet loading'],
    ['The EMG was reviewed and is negative.', 'EMG'],
    ['Tinel sign is negative.', 'Tinel sign'],
  ])('keeps the subject of the post-negation negated: %s -> %s', (sentence, target) => {
    expect(categories(sentence, target)).toEqual(['negated']);
  });
});

describe('context clauses: a negated outcome does not reach what is said to persist', () => {
  it.each([
    ['Lack of progress and continued stiffness in the shoulder.', 'continued stiffness'],
    ['No relief from the injection and worsening numbness at night.', 'worsening numbness'],
    ['Without benefit after six sessions, with ongoing low back pain.', 'ongoing low back pain'],
    ['No improvement and increased use of the cane.', 'increased use'],
  ])('%s -> %s is affirmed', (sentence, target) => {
    expect(categories(sentence, target)).toEqual([]);
  });

  it('still negates the outcome itself', () => {
    expect(categories('Lack of progress and continued stiffness in the shoulder.', 'progress')).toEqual(['negated']);
  });

  it.each([
    ['No improvement in sleep and mood.', 'mood'],
    ['Denies chills and worsening back pain.', 'worsening back pain'],
    ['Lack of strength and sensation in the hand.', 'sensation'],
    ['No fever and persistent cough.', 'persistent cough'],
  ])('keeps a list without a negated outcome negated: %s -> %s', (sentence, target) => {
    expect(categories(sentence, target)).toEqual(['negated']);
  });

  it('does not end a documentation gap: the record is silent about what continued too', () => {
    expect(categories('No documentation of relief and continued functional improvement.', 'continued functional improvement')).toEqual(['documentation_gap']);
  });
});
