import { z } from 'zod';
import { definePredicate } from './types.ts';

/**
 * A continuation needs the number of sessions already completed: without it neither the total
 * nor the response to the trial can be judged (ACU-3, PT-2, CHIRO-1).
 */
export const priorCountDocumented = definePredicate({
  kind: 'prior-count-documented',
  params: z.strictObject({}),
  reads: ['prior_treatment'],
  placeholders: [],
  evaluate(_params, s) {
    const p = s.prior;
    if (p.count !== null && p.basis) return { status: 'met', explanation: p.summary, facts: [p.basis.id] };
    const gapNote = p.gaps.length ? ` The record says the count is missing (${p.gaps.map((f) => f.id).join(', ')}).` : '';
    return {
      status: 'not_documented',
      explanation: `Looked for the number of prior sessions completed. ${p.summary}${gapNote}`,
      facts: p.mentions.map((f) => f.id),
    };
  },
});
