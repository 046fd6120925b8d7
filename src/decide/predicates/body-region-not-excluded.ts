import { z } from 'zod';
import { definePredicate } from './types.ts';

/**
 * The guideline does not recommend the treatment for some body parts (e.g. manipulation of the
 * knee or wrist). `regions` are words looked for in the request's body region; which words is data
 * in the pack. An unstated body region is `request-specified`'s business.
 */
export const bodyRegionNotExcluded = definePredicate({
  kind: 'body-region-not-excluded',
  params: z.strictObject({ regions: z.array(z.string().regex(/^[a-z][a-z ]*$/, 'lower-case words')).min(1) }),
  reads: [],
  placeholders: ['region'],
  evaluate({ regions }, s) {
    const body = s.item.bodyRegion?.toLowerCase() ?? null;
    if (body === null) return { status: 'not_applicable', explanation: 'The request names no body part.', facts: [] };
    const hit = regions.find((r) => new RegExp(`(?<![a-z])${r.replace(/ /g, '\\s+')}s?(?![a-z])`, 'u').test(body));
    if (hit) return { status: 'not_met', explanation: `The requested body part (${body}) includes ${hit}, for which the guideline does not recommend it.`, facts: [], vars: { region: hit } };
    return { status: 'met', explanation: `The requested body part (${body}) is not one the guideline excludes.`, facts: [] };
  },
});
