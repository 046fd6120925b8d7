import { z } from 'zod';
import type { Fact } from '../../core/fact.ts';
import { inRequestedRegion } from '../anatomic-site.ts';
import { statesAbsence } from '../facts-in-force.ts';
import { citeSome, EvidenceType, Kinds, negatedOnly, ofKinds } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * The record documents a kind of evidence the criterion needs (a neurological deficit, a red
 * flag, a failed course of conservative care). met: a mention in force. not_met: the record
 * contradicts it, by a negated mention ("no red flags") or a `contradictedBy` kind ("neurologically
 * intact" against a deficit), and the contradicting words are quoted. not_documented: nothing
 * said, or the record itself says the evidence is not documented ("no documentation of failed
 * first-line therapy"), which is quoted; `lookedFor` names what was looked for.
 */
export const evidenceDocumented = definePredicate({
  kind: 'evidence-documented',
  params: z.strictObject({
    type: EvidenceType,
    kinds: Kinds,
    contradictedBy: Kinds.optional(),
    /** Evidence of another type that satisfies the criterion as well (a fracture in place of a failed course of care). */
    alsoAccept: z.strictObject({ type: EvidenceType, kinds: Kinds }).optional(),
    /** Kinds whose negated mention contradicts the criterion though a bare mention does not support it ("no red flags" against the topic word "red flags"). */
    deniedBy: Kinds.optional(),
    /**
     * Kinds that count only in the requested region and when current: a wrist fracture, or a
     * remote healed one, is no red flag for lumbar imaging.
     */
    regional: Kinds.optional(),
    lookedFor: z.string().min(1),
  }),
  reads: [],
  placeholders: ['lookedFor', 'found'],
  evaluate({ type, kinds, contradictedBy, alsoAccept, deniedBy, regional, lookedFor }, s) {
    const mentioned = [...ofKinds(s.facts, type, kinds), ...(alsoAccept ? ofKinds(s.facts, alsoAccept.type, alsoAccept.kinds) : [])];
    // A mention under "no documentation of ..." names the evidence only to say it is missing.
    const bears = (f: Fact) => !regional?.includes((f.value as { kind: string }).kind) || (!f.context.historical && !f.context.possible && inRequestedRegion(f, s.item));
    const present = mentioned.filter((f) => !statesAbsence(f) && bears(f));
    if (present.length > 0) {
      return { status: 'met', explanation: `Documented: ${citeSome(present)}.`, facts: present.map((f) => f.id), vars: { lookedFor, found: citeSome(present) } };
    }
    const against = [...negatedOnly(ofKinds(s.allFacts, type, [...kinds, ...(deniedBy ?? [])])), ...(contradictedBy ? ofKinds(s.facts, type, contradictedBy) : [])];
    if (against.length > 0) {
      return { status: 'not_met', explanation: `The record states otherwise: ${citeSome(against)}.`, facts: against.map((f) => f.id), vars: { lookedFor, found: citeSome(against) } };
    }
    const missing = mentioned.filter(statesAbsence);
    if (missing.length > 0) {
      return { status: 'not_documented', explanation: `Looked for ${lookedFor}; the record states it is not documented: ${citeSome(missing)}.`, facts: missing.map((f) => f.id), vars: { lookedFor, found: citeSome(missing) } };
    }
    return { status: 'not_documented', explanation: `Looked for ${lookedFor}; none is documented.`, facts: [], vars: { lookedFor, found: 'nothing' } };
  },
});
