import { z } from 'zod';
import { definePredicate } from './types.ts';

const FIELD_WORDS = { quantity: 'number of sessions', frequencyPerWeek: 'frequency', durationWeeks: 'duration', bodyRegion: 'body part' } as const;
const Field = z.enum(['quantity', 'frequencyPerWeek', 'durationWeeks', 'bodyRegion']);

/**
 * The request states what a reviewer needs to decide it (GEN-1): reviewers decide a request as
 * written and cannot fill in a quantity or a body part.
 */
export const requestSpecified = definePredicate({
  kind: 'request-specified',
  params: z.strictObject({ fields: z.array(Field).min(1) }),
  reads: [],
  placeholders: ['missing'],
  evaluate({ fields }, s) {
    const missing = fields.filter((f) => s.item[f] === null);
    if (missing.length === 0) return { status: 'met', explanation: `The request states its ${fields.map((f) => FIELD_WORDS[f]).join(', ')}.`, facts: [] };
    const words = missing.map((f) => FIELD_WORDS[f]).join(' and ');
    return { status: 'not_documented', explanation: `The request as written does not state the ${words}.`, facts: [], vars: { missing: words } };
  },
});
