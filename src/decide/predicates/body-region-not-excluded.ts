import { z } from 'zod';
import { definePredicate } from './types.ts';

const wordPattern = (r: string) => new RegExp(`(?<![a-z])${r.replace(/ /g, '\\s+')}s?(?![a-z])`, 'u');
const regionWords = z.array(z.string().regex(/^[a-z][a-z ]*$/, 'lower-case words'));

/**
 * The guideline does not recommend the treatment for some body parts (e.g. manipulation of the
 * knee or wrist). `regions` are words looked for in the request's body region; which words is data
 * in the pack. An unstated body region is `request-specified`'s business. `alsoAllowed` lists
 * body parts the guideline does support: a request that names one of them beside an excluded part
 * ("cervical and lumbar spine, left wrist") is not judged as a whole by its excluded part; the
 * course's other criteria decide it (reviewers did not call such requests not recommended).
 */
export const bodyRegionNotExcluded = definePredicate({
  kind: 'body-region-not-excluded',
  params: z.strictObject({ regions: regionWords.min(1), alsoAllowed: regionWords.optional() }),
  reads: [],
  placeholders: ['region'],
  evaluate({ regions, alsoAllowed = [] }, s) {
    const body = s.item.bodyRegion?.toLowerCase() ?? null;
    if (body === null) return { status: 'not_applicable', explanation: 'The request names no body part.', facts: [] };
    const hit = regions.find((r) => wordPattern(r).test(body));
    const allowed = alsoAllowed.find((r) => wordPattern(r).test(body));
    if (hit && allowed) {
      return { status: 'met', explanation: `The requested body parts (${body}) include ${hit}, which the guideline excludes, and also ${allowed}, for which it supports the treatment.`, facts: [], vars: { region: hit } };
    }
    if (hit) return { status: 'not_met', explanation: `The requested body part (${body}) includes ${hit}, for which the guideline does not recommend it.`, facts: [], vars: { region: hit } };
    return { status: 'met', explanation: `The requested body part (${body}) is not one the guideline excludes.`, facts: [] };
  },
});
