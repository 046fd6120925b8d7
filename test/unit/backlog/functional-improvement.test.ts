import { describe, expect, it } from 'vitest';
import { assertedFacts } from './screen-text.ts';

/**
 * Known failure found reviewing MTSamples notes (issue 3), in the functional-improvement
 * extractor but needing a notion of "before any treatment" it does not have yet. `it.fails`
 * keeps it visible; it flips to a failure (remove `.fails`) once fixed.
 */
describe('backlog: functional improvement', () => {
  // Class: going back to work the day after the injury (no treatment yet) read as improvement.
  it.fails('does not read a return to work right after the injury as functional improvement', () => {
    const evidence = assertedFacts('He fell from the ladder on 3/2/2015, finished his shift, and returned to work the next day.')
      .filter((f) => f.type === 'functional_improvement');
    expect(evidence).toEqual([]);
  });
});
