import { z } from 'zod';
import { Modality } from '../../core/modality.ts';
import { cite, factsOfType, statesAbsence } from '../facts-in-force.ts';
import { citeSome } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * The record shows the worker has had (or is having) one of the named treatments, counted or not:
 * acupuncture as an adjunct to physical rehabilitation needs the rehabilitation. met: a mention in
 * force; otherwise not_documented. A mention that only says the treatment is undocumented does not count.
 */
export const priorTreatmentDocumented = definePredicate({
  kind: 'prior-treatment-documented',
  params: z.strictObject({ modalities: z.array(Modality).min(1), lookedFor: z.string().min(1) }),
  reads: ['prior_treatment'],
  placeholders: ['lookedFor', 'found'],
  evaluate({ modalities, lookedFor }, s) {
    const given = factsOfType(s.facts, 'prior_treatment').filter((f) => modalities.includes(f.value.modality) && !statesAbsence(f));
    if (given.length > 0) return { status: 'met', explanation: `Documented: ${given.slice(0, 3).map(cite).join('; ')}.`, facts: given.map((f) => f.id), vars: { lookedFor, found: citeSome(given) } };
    return { status: 'not_documented', explanation: `Looked for ${lookedFor}; none is documented.`, facts: [], vars: { lookedFor, found: 'nothing' } };
  },
});
