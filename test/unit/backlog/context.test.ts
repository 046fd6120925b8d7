import { describe, expect, it } from 'vitest';
import { assertedFacts } from './screen-text.ts';

/**
 * A failure found reviewing MTSamples notes (issue 3) whose fix lay in the context triggers
 * (ctx.pseudo.performative-would); kept here as a normal test now that it passes.
 */
describe('backlog: context', () => {
  // Class: a performative declaration with "would" ("I would declare her P&S as of today") read as hypothetical.
  it('keeps a permanent-and-stationary declaration the examiner makes today', () => {
    const statuses = assertedFacts('In my opinion I would declare him permanent and stationary as of today.')
      .flatMap((f) => (f.type === 'work_status' ? [f.value.category] : []));
    expect(statuses).toEqual(['permanent_and_stationary']);
  });
});
