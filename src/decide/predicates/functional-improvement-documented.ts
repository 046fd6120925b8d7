import { z } from 'zod';
import { definePredicate } from './types.ts';

/**
 * 8 CCR 9792.20(e): more of a treatment needs documented functional improvement from what was
 * given. met: a gain is documented; not_met: the record says function did not improve;
 * not_documented: the record says improvement is not documented, or says nothing.
 */
export const functionalImprovementDocumented = definePredicate({
  kind: 'functional-improvement-documented',
  params: z.strictObject({}),
  reads: ['functional_improvement'],
  placeholders: [],
  evaluate(_params, s) {
    const fi = s.fi;
    const facts = fi.basis.map((f) => f.id);
    if (fi.status === 'documented') return { status: 'met', explanation: fi.summary, facts };
    if (fi.status === 'contradicted') return { status: 'not_met', explanation: fi.summary, facts };
    return { status: 'not_documented', explanation: fi.summary, facts };
  },
});
