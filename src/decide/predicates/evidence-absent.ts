import { z } from 'zod';
import { onRequestedSide } from '../anatomic-site.ts';
import { statesAbsence } from '../facts-in-force.ts';
import { citeSome, EvidenceType, Kinds, ofKinds } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * The record must NOT show a kind of evidence: a study already done that a new one would repeat,
 * or a stated refusal of surgery. not_met quotes the mention; otherwise met. A mention under
 * "no documentation of ..." says the evidence is missing, so it does not count. With `regional`,
 * only a study of the requested region and side counts: a left-knee MRI is not repeated by a
 * right-knee one, nor a chest film by shoulder radiographs.
 */
export const evidenceAbsent = definePredicate({
  kind: 'evidence-absent',
  params: z.strictObject({ type: EvidenceType, kinds: Kinds, regional: z.boolean().optional(), lookedFor: z.string().min(1) }),
  reads: [],
  placeholders: ['found'],
  evaluate({ type, kinds, regional, lookedFor }, s) {
    const present = ofKinds(s.facts, type, kinds).filter((f) => !statesAbsence(f) && (!regional || onRequestedSide(f, s.item)));
    if (present.length > 0) return { status: 'not_met', explanation: `The record shows ${lookedFor}: ${citeSome(present)}.`, facts: present.map((f) => f.id), vars: { found: citeSome(present) } };
    return { status: 'met', explanation: `No ${lookedFor} is documented.`, facts: [], vars: { found: 'nothing' } };
  },
});
