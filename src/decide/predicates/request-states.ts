import { z } from 'zod';
import { RegexSource } from '../rule-pack-schema.ts';
import { definePredicate } from './types.ts';

/**
 * The request as written states something the parsed fields do not carry, such as rental or
 * purchase of a unit and the rental period (GEN-1; TENS and cold-therapy units, hospital beds).
 * met: the request matches one of `patterns`; otherwise not_documented, naming `missing`.
 */
export const requestStates = definePredicate({
  kind: 'request-states',
  params: z.strictObject({ patterns: z.array(RegexSource).min(1), missing: z.string().min(1) }),
  reads: [],
  placeholders: ['missing'],
  evaluate({ patterns, missing }, s) {
    const hit = patterns.map((p) => new RegExp(p, 'iu').exec(s.item.text)).find((m) => m !== null);
    if (hit) return { status: 'met', explanation: `The request states it: "${hit[0]}".`, facts: [], vars: { missing } };
    return { status: 'not_documented', explanation: `The request as written does not state the ${missing}.`, facts: [], vars: { missing } };
  },
});
