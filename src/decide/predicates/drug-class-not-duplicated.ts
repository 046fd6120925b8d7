import { z } from 'zod';
import { citeSome } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * A drug requested on top of another drug of the same class the worker already takes (a second
 * NSAID, NSAID-4) duplicates it. not_met quotes the drug in use; met when none is; not_applicable
 * when the request names no drug of a known class. Whether the requested drug is new or a refill
 * does not matter: the two would be taken together either way.
 */
export const drugClassNotDuplicated = definePredicate({
  kind: 'drug-class-not-duplicated',
  params: z.strictObject({}),
  reads: ['medication'],
  placeholders: ['found'],
  evaluate(_params, s) {
    if (!s.drugClass) return { status: 'not_applicable', explanation: 'The request names no drug of a known class.', facts: [] };
    const same = s.medication.otherDrugs.filter((f) => f.value.drugClass === s.drugClass);
    if (same.length > 0) return { status: 'not_met', explanation: `The worker already takes another ${s.drugClass.replace('_', ' ')}: ${citeSome(same)}.`, facts: same.map((f) => f.id), vars: { found: citeSome(same) } };
    return { status: 'met', explanation: `No other ${s.drugClass.replace('_', ' ')} is among the worker's medications.`, facts: [], vars: { found: 'nothing' } };
  },
});
