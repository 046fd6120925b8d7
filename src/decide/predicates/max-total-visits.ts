import { z } from 'zod';
import { cite } from '../facts-in-force.ts';
import { findAuthorizedCount, findCertifiedRemainder } from '../authorized-count.ts';
import { fadingScheduleMinimum } from '../fading-schedule.ts';
import { definePredicate } from './types.ts';

/**
 * Prior sessions of the same modality plus the requested quantity against a guideline total.
 * Applies only when both numbers are known: an unknown prior count is its own gap
 * (`prior-count-documented`), and an unknown quantity is `request-specified`'s. With no count
 * of sessions given, sessions a review authorised ("6 visits were certified") are a lower bound:
 * when they and the request already exceed the total it is not_met, otherwise not_applicable.
 * So does the part a modification certified when the item is the remainder it left.
 * `presumedPrior` (a separate criterion for continuations without a count) takes the guideline's own
 * lower bound for the course already given, the six-visit clinical trial after which therapy is
 * reassessed: when even that plus the request exceeds the total, the excess is not_documented (the
 * record cannot show the total within it); otherwise not_applicable, since nothing shows it met.
 */
export const maxTotalVisits = definePredicate({
  kind: 'max-total-visits',
  params: z.strictObject({ max: z.number().int().positive(), presumedPrior: z.number().int().positive().optional() }),
  reads: ['prior_treatment'],
  placeholders: ['total', 'max'],
  evaluate({ max, presumedPrior }, s) {
    // A weekly rate range is a fading schedule, judged at its low end (fading-schedule.ts).
    const requested = fadingScheduleMinimum(s.item) ?? s.item.quantity;
    const prior = s.prior.count;
    // An item below a count a modification certified is that request's remainder (authorized-count.ts).
    const authorized = prior === null && requested !== null
      ? findAuthorizedCount(s.facts, s.modality) ?? findCertifiedRemainder(s.allFacts, s.modality, requested)
      : null;
    if (authorized && authorized.count + requested! > max) {
      const total = authorized.count + requested!;
      return {
        status: 'not_met', explanation: `${authorized.count} authorized + ${requested} requested = ${total} > ${max}, per ${cite(authorized.fact)}.`,
        facts: [authorized.fact.id], vars: { total, max, priorCount: `${authorized.count} authorized` },
      };
    }
    if (prior === null && !authorized && presumedPrior !== undefined && requested !== null && presumedPrior + requested > max) {
      const total = presumedPrior + requested;
      return {
        status: 'not_documented',
        explanation: `The prior count is unknown; with at least the ${presumedPrior}-visit trial a continuation follows, ${presumedPrior} + ${requested} requested = ${total} > ${max}. ${s.prior.summary}`,
        facts: s.prior.mentions.map((f) => f.id), vars: { total, max, priorCount: `at least ${presumedPrior}` },
      };
    }
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
