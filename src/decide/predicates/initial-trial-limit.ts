import { z } from 'zod';
import { fadingScheduleMinimum } from '../fading-schedule.ts';
import { definePredicate } from './types.ts';

/**
 * An initial request against the guideline's trial: reviewers deny a first request for more
 * visits than the trial allows, whole, since they cannot modify it (GEN-1). Continuations are
 * `max-total-visits`'s business.
 */
export const initialTrialLimit = definePredicate({
  kind: 'initial-trial-limit',
  params: z.strictObject({ max: z.number().int().positive() }),
  reads: [],
  placeholders: ['max'],
  evaluate({ max }, s) {
    if (s.continuation) return { status: 'not_applicable', explanation: 'The request continues a course already given; the trial limit is for initial requests.', facts: [] };
    // A weekly rate range is a fading schedule, judged at its low end (fading-schedule.ts).
    const requested = fadingScheduleMinimum(s.item) ?? s.item.quantity;
    if (requested === null) return { status: 'not_applicable', explanation: 'The request states no quantity.', facts: [] };
    if (requested > max) return { status: 'not_met', explanation: `${requested} requested > ${max} allowed for an initial trial.`, facts: [], vars: { max } };
    return { status: 'met', explanation: `${requested} requested, within the initial trial of ${max}.`, facts: [], vars: { max } };
  },
});
