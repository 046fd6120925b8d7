import { z } from 'zod';
import { citeSome, EvidenceType, Kinds, ofKinds } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * The guideline does not recommend the treatment (a compounded topical, shockwave for the back,
 * carisoprodol): not_met whatever the record says, unless `unless` names evidence of the one
 * situation in which the guideline allows it and the record documents it.
 */
export const notRecommended = definePredicate({
  kind: 'not-recommended',
  params: z.strictObject({
    reason: z.string().min(1),
    unless: z.strictObject({ type: EvidenceType, kinds: Kinds }).optional(),
  }),
  reads: [],
  placeholders: ['reason'],
  evaluate({ reason, unless }, s) {
    const allowed = unless ? ofKinds(s.facts, unless.type, unless.kinds) : [];
    if (allowed.length > 0) return { status: 'met', explanation: `The exception applies: ${citeSome(allowed)}.`, facts: allowed.map((f) => f.id), vars: { reason } };
    return { status: 'not_met', explanation: `The guideline does not recommend it: ${reason}.`, facts: [], vars: { reason } };
  },
});
