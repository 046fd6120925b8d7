import { describe, expect, it } from 'vitest';
import { assertedFacts } from './screen-text.ts';

/**
 * Known failure found reviewing MTSamples notes (issue 3) whose fix lies in the context triggers.
 * `it.fails` keeps it visible; it flips to a failure (remove `.fails`) once fixed.
 */
describe('backlog: context', () => {
  // Class: a performative declaration with "would" ("I would declare her P&S as of today") read as hypothetical.
  it.fails('keeps a permanent-and-stationary declaration the examiner makes today', () => {
    const statuses = assertedFacts('In my opinion I would declare him permanent and stationary as of today.')
      .flatMap((f) => (f.type === 'work_status' ? [f.value.category] : []));
    expect(statuses).toEqual(['permanent_and_stationary']);
  });
});
