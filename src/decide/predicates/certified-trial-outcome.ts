import { z } from 'zod';
import { findCertifiedTrial } from '../authorized-count.ts';
import { cite, modalityName } from '../facts-in-force.ts';
import { definePredicate } from './types.ts';

/**
 * A review already certified part of this kind of care (a request modified to an initial trial,
 * sessions authorised): its results must be reported before more is approved (MTUS Chronic Pain,
 * Physical Medicine, six-visit clinical trial, PT-5). Met when functional improvement is
 * documented or stated as not achieved (then the outcome is known and the functional-improvement
 * criterion judges it); not_documented when the record reports nothing; not_applicable when no
 * certification of the modality is on record.
 */
export const certifiedTrialOutcome = definePredicate({
  kind: 'certified-trial-outcome',
  params: z.strictObject({}),
  reads: ['care_course', 'functional_improvement'],
  placeholders: [],
  evaluate(_params, s) {
    const certified = findCertifiedTrial(s.allFacts, s.modality);
    if (certified.length === 0) {
      return { status: 'not_applicable', explanation: `No earlier certification of ${modalityName(s.modality)} is documented.`, facts: [] };
    }
    const ids = certified.map((f) => f.id);
    if (s.fi.status === 'documented' || s.fi.status === 'contradicted') {
      return { status: 'met', explanation: `${s.fi.summary} (after ${certified.map(cite).join('; ')})`, facts: [...ids, ...s.fi.basis.map((f) => f.id)] };
    }
    return {
      status: 'not_documented',
      explanation: `A review already certified ${modalityName(s.modality)} (${certified.map(cite).join('; ')}); no result of those sessions is reported.`,
      facts: ids,
    };
  },
});
