import { z } from 'zod';
import { DrugClass } from '../../core/fact.ts';
import { factsOfType } from '../facts-in-force.ts';
import { citeSome } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * The record names a drug of one of the given classes, taken or about to be started: urine drug
 * testing is for a worker on (or starting) opioids (UDT-1). met: such a medication mention in
 * force; otherwise not_documented, naming `lookedFor`.
 */
export const medicationClassDocumented = definePredicate({
  kind: 'medication-class-documented',
  params: z.strictObject({ classes: z.array(DrugClass).min(1), lookedFor: z.string().min(1) }),
  reads: ['medication'],
  placeholders: ['lookedFor', 'found'],
  evaluate({ classes, lookedFor }, s) {
    const named = factsOfType(s.facts, 'medication').filter((f) => f.value.drugClass !== null && classes.includes(f.value.drugClass));
    if (named.length > 0) return { status: 'met', explanation: `Documented: ${citeSome(named)}.`, facts: named.map((f) => f.id), vars: { lookedFor, found: citeSome(named) } };
    return { status: 'not_documented', explanation: `Looked for ${lookedFor}; none is documented.`, facts: [], vars: { lookedFor, found: 'nothing' } };
  },
});
