import { z } from 'zod';
import { cite } from '../facts-in-force.ts';
import { definePredicate } from './types.ts';

/**
 * 8 CCR 9792.20(e): more of a treatment needs documented functional improvement from what was
 * given. met: a gain is documented; not_met: the record says function did not improve;
 * not_documented: the record says improvement is not documented, or says nothing. An earlier
 * review that found this care's benefit undocumented (`s.efficacyReview`) is quoted with a
 * not_documented result, and a gain stated only in general terms ("doing better") does not answer
 * it: the review asked for a functional measure.
 */
export const functionalImprovementDocumented = definePredicate({
  kind: 'functional-improvement-documented',
  params: z.strictObject({}),
  reads: ['functional_improvement', 'care_course'],
  placeholders: [],
  evaluate(_params, s) {
    const fi = s.fi;
    const facts = fi.basis.map((f) => f.id);
    const review = s.efficacyReview;
    const general = fi.status === 'documented' && fi.basis.every((f) => f.value.dimension === 'general');
    if (fi.status === 'documented' && !(general && review.length > 0)) return { status: 'met', explanation: fi.summary, facts };
    if (fi.status === 'contradicted') return { status: 'not_met', explanation: fi.summary, facts };
    if (review.length === 0) return { status: 'not_documented', explanation: fi.summary, facts };
    return {
      status: 'not_documented',
      explanation: `An earlier review found the benefit of this care undocumented (${review.map(cite).join('; ')}). ${fi.summary}`,
      facts: [...review.map((f) => f.id), ...facts],
    };
  },
});
