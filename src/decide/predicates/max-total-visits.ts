import { z } from 'zod';
import { definePredicate } from './types.ts';

/**
 * Prior sessions of the same modality plus the requested quantity against a guideline total.
 * Applies only when both numbers are known: an unknown prior count is its own gap
 * (`prior-count-documented`), and an unknown quantity is `request-specified`'s.
 */
export const maxTotalVisits = definePredicate({
  kind: 'max-total-visits',
  params: z.strictObject({ max: z.number().int().positive() }),
  reads: ['prior_treatment'],
  placeholders: ['total', 'max'],
  evaluate({ max }, s) {
    const requested = s.item.quantity;
    const prior = s.prior.count;
    if (prior === null) return { status: 'not_applicable', explanation: `The prior count is unknown, so the total against ${max} cannot be computed. ${s.prior.summary}`, facts: s.prior.mentions.map((f) => f.id) };
    if (requested === null) return { status: 'not_applicable', explanation: 'The request states no quantity, so the total cannot be computed.', facts: [] };
    const total = prior + requested;
    const facts = s.prior.basis ? [s.prior.basis.id] : [];
    const vars = { total, max };
    const sum = `${prior} prior + ${requested} requested = ${total}`;
    if (total > max) return { status: 'not_met', explanation: `${sum} > ${max}. ${s.prior.summary}`, facts, vars };
    return { status: 'met', explanation: `${sum}, within ${max}. ${s.prior.summary}`, facts, vars };
  },
});
