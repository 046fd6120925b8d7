import { z } from 'zod';
import { citeSome, EvidenceType, Kinds, negatedOnly, ofKinds } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * The record documents a kind of evidence the criterion needs (a neurological deficit, a red
 * flag, a failed course of conservative care). met: a mention in force. not_met: the record
 * contradicts it, by a negated mention ("no red flags") or a `contradictedBy` kind ("neurologically
 * intact" against a deficit), and the contradicting words are quoted. not_documented: nothing
 * said, and `lookedFor` names what was looked for.
 */
export const evidenceDocumented = definePredicate({
  kind: 'evidence-documented',
  params: z.strictObject({
    type: EvidenceType,
    kinds: Kinds,
    contradictedBy: Kinds.optional(),
    /** Evidence of another type that satisfies the criterion as well (a fracture in place of a failed course of care). */
    alsoAccept: z.strictObject({ type: EvidenceType, kinds: Kinds }).optional(),
    lookedFor: z.string().min(1),
  }),
  reads: [],
  placeholders: ['lookedFor', 'found'],
  evaluate({ type, kinds, contradictedBy, alsoAccept, lookedFor }, s) {
    const present = [...ofKinds(s.facts, type, kinds), ...(alsoAccept ? ofKinds(s.facts, alsoAccept.type, alsoAccept.kinds) : [])];
    if (present.length > 0) {
      return { status: 'met', explanation: `Documented: ${citeSome(present)}.`, facts: present.map((f) => f.id), vars: { lookedFor, found: citeSome(present) } };
    }
    const against = [...negatedOnly(ofKinds(s.allFacts, type, kinds)), ...(contradictedBy ? ofKinds(s.facts, type, contradictedBy) : [])];
    if (against.length > 0) {
      return { status: 'not_met', explanation: `The record states otherwise: ${citeSome(against)}.`, facts: against.map((f) => f.id), vars: { lookedFor, found: citeSome(against) } };
    }
    return { status: 'not_documented', explanation: `Looked for ${lookedFor}; none is documented.`, facts: [], vars: { lookedFor, found: 'nothing' } };
  },
});
