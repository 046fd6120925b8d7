import { z } from 'zod';
import { statesAbsence } from '../facts-in-force.ts';
import { citeSome, EvidenceType, Kinds, ofKinds } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * The record must NOT show a kind of evidence: a study already done that a new one would repeat,
 * or a stated refusal of surgery. not_met quotes the mention; otherwise met. A mention under
 * "no documentation of ..." says the evidence is missing, so it does not count.
 */
export const evidenceAbsent = definePredicate({
  kind: 'evidence-absent',
  params: z.strictObject({ type: EvidenceType, kinds: Kinds, lookedFor: z.string().min(1) }),
  reads: [],
  placeholders: ['found'],
  evaluate({ type, kinds, lookedFor }, s) {
    const present = ofKinds(s.facts, type, kinds).filter((f) => !statesAbsence(f));
    if (present.length > 0) return { status: 'not_met', explanation: `The record shows ${lookedFor}: ${citeSome(present)}.`, facts: present.map((f) => f.id), vars: { found: citeSome(present) } };
    return { status: 'met', explanation: `No ${lookedFor} is documented.`, facts: [], vars: { found: 'nothing' } };
  },
});
