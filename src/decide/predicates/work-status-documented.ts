import { z } from 'zod';
import { WorkStatusCategory } from '../../core/fact.ts';
import { cite, factsOfType } from '../facts-in-force.ts';
import { definePredicate } from './types.ts';

/**
 * The worker's stated work status supports the request: a functional capacity evaluation is for a
 * worker at or near maximum medical improvement, not for one already back at regular duty (FCE-1).
 * met: a status in `categories`; not_met: only statuses in `contradictedBy`, quoted; otherwise
 * not_documented, naming `lookedFor`.
 */
export const workStatusDocumented = definePredicate({
  kind: 'work-status-documented',
  params: z.strictObject({
    categories: z.array(WorkStatusCategory).min(1),
    contradictedBy: z.array(WorkStatusCategory).default([]),
    lookedFor: z.string().min(1),
  }),
  reads: ['work_status'],
  placeholders: ['lookedFor', 'found'],
  evaluate({ categories, contradictedBy, lookedFor }, s) {
    const stated = factsOfType(s.facts, 'work_status');
    const found = (fs: typeof stated) => fs.slice(0, 3).map(cite).join('; ');
    const fits = stated.filter((f) => categories.includes(f.value.category));
    if (fits.length > 0) return { status: 'met', explanation: `Documented: ${found(fits)}.`, facts: fits.map((f) => f.id), vars: { lookedFor, found: found(fits) } };
    const against = stated.filter((f) => contradictedBy.includes(f.value.category));
    if (against.length > 0) return { status: 'not_met', explanation: `The record states otherwise: ${found(against)}.`, facts: against.map((f) => f.id), vars: { lookedFor, found: found(against) } };
    return { status: 'not_documented', explanation: `Looked for ${lookedFor}; none is documented.`, facts: [], vars: { lookedFor, found: 'nothing' } };
  },
});
