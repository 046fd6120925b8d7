import { z } from 'zod';
import { factsOfType } from '../facts-in-force.ts';
import { citeSome } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/** One diagnosis of a differential: its id and the patterns (case-insensitive) of its names. */
const compiles = (p: string) => { try { new RegExp(p, 'iu'); return true; } catch { return false; } };
// Patterns are checked when the pack loads, so a bad one is a pack error, not a crash mid-screen.
const Candidate = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  patterns: z.array(z.string().min(1).refine(compiles, 'not a valid regular expression')).min(1),
});

/**
 * The record's diagnoses name at least `min` distinct conditions of a differential the requested
 * study would tell apart: electrodiagnostic testing separates carpal tunnel syndrome from a
 * cervical radiculopathy or a cubital tunnel syndrome (ACOEM Forearm, Wrist and Hand, Special
 * Studies; Elbow, Table 2). met cites the diagnoses; otherwise not_documented, naming `lookedFor`.
 */
export const differentialDiagnoses = definePredicate({
  kind: 'differential-diagnoses',
  params: z.strictObject({
    candidates: z.array(Candidate).min(2),
    min: z.number().int().min(2).default(2),
    lookedFor: z.string().min(1),
  }),
  reads: ['diagnosis'],
  placeholders: ['lookedFor', 'found'],
  evaluate({ candidates, min, lookedFor }, s) {
    const diagnoses = factsOfType(s.facts, 'diagnosis');
    const named = candidates
      .map((c) => diagnoses.filter((f) => c.patterns.some((p) => new RegExp(p, 'iu').test(f.value.name))))
      .filter((facts) => facts.length > 0);
    if (named.length >= min) {
      const cited = named.map((facts) => facts[0]);
      return { status: 'met', explanation: `Documented: ${citeSome(cited)}.`, facts: cited.map((f) => f.id), vars: { lookedFor, found: citeSome(cited) } };
    }
    return { status: 'not_documented', explanation: `Looked for ${lookedFor}; none is documented.`, facts: [], vars: { lookedFor, found: 'nothing' } };
  },
});
