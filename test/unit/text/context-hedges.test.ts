import { describe, expect, it } from 'vitest';
import { categories } from './context-categories.ts';

/**
 * Words that look like hedges but are not: "May" the month is a date, not the modal; "if any" set
 * off as an aside hedges an amount ("relief, if any, was minimal") and states no condition.
 */
describe('context: the modal "may" against the month', () => {
  it.each([
    ['She may have a tear of the medial meniscus.', 'tear'],
    ['The radicular pain may improve with the epidural injection.', 'improve'],
    ['The numbness may reflect a cervical radiculopathy.', 'cervical radiculopathy'],
    ['He may need a lumbar fusion.', 'lumbar fusion'],
  ])('%s -> %s is possible', (sentence, target) => {
    expect(categories(sentence, target)).toEqual(['possible']);
  });

  it.each([
    ['Seen on May 12, 2025 for a lumbar strain.', 'lumbar strain'],
    ['Low back pain since May 2024 with a lumbar strain.', 'lumbar strain'],
    ['She started acupuncture in May with good relief.', 'good relief'],
    ['Since mid-May the lumbar strain has eased.', 'lumbar strain'],
    ['From April to May she had a shoulder sprain.', 'shoulder sprain'],
    ['MRI of May 3 showed a disc protrusion.', 'disc protrusion'],
    ['May 2024: right knee effusion.', 'right knee effusion'],
  ])('%s -> %s is not possible', (sentence, target) => {
    expect(categories(sentence, target)).toEqual([]);
  });

  it('reads a "may" that permits as no hedge', () => {
    expect(categories('She may continue the ibuprofen for knee pain.', 'ibuprofen')).toEqual([]);
    expect(categories('He may return to work with a wrist brace.', 'wrist brace')).toEqual([]);
  });
});

describe('context: "if any" hedges an amount', () => {
  it.each([
    ['The injection gave relief, if any, of short duration.', 'short duration'],
    ['Therapy provided, if any, minimal relief of the neck pain.', 'minimal relief'],
    ['Improvement if any has been slight with the home exercises.', 'home exercises'],
    ['She reports little benefit, if anything, from the TENS unit.', 'TENS unit'],
  ])('%s -> %s is not hypothetical', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('hypothetical');
  });

  it.each([
    ['Return to clinic if pain worsens.', 'pain'],
    ['Call if any numbness develops in the hand.', 'numbness'],
    ['If the swelling returns, repeat the ultrasound.', 'swelling'],
  ])('%s -> %s stays hypothetical', (sentence, target) => {
    expect(categories(sentence, target)).toContain('hypothetical');
  });
});
