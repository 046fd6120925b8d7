import type { Fact } from '../core/fact.ts';
import type { Modality } from '../core/modality.ts';
import { createDrugClassLookup, type DrugClassName } from './drug-class.ts';
import { createModalityFinder } from '../extract/modality.ts';

let drugClassOf: ((text: string) => DrugClassName | null) | undefined;

/**
 * Facts saying an earlier review denied or modified this kind of care because its efficacy or
 * functional benefit was not documented (care-course kind `review_efficacy_undocumented`: "physical
 * therapy was non-certified as there was no documentation of functional improvement"). Such a
 * review shows a course of the care was given and judged on its results, so more of it is judged
 * by the improvement it brought (8 CCR 9792.20(e)), even when the request reads as a first one.
 *
 * The care is read from the fact's sentence: a therapy item needs its modality named anywhere in
 * it (one review often lists several requests); a drug item needs a drug of its class, or, when the
 * sentence names no drug the lexicon knows, medication in general ("opioids", "medication
 * efficacy"). Pass every fact: a review's decision reported in a sentence about a request reads as
 * a plan (hypothetical) and its "lack of documentation" as a documentation gap, which does not
 * make the finding any less made; negated and family mentions are left out.
 */
export function findEfficacyReview(facts: Fact[], modality: Modality, drugClass: DrugClassName | null): Fact[] {
  const finder = createModalityFinder();
  return facts.filter((fact) => {
    if (fact.type !== 'care_course' || (fact.value as { kind: string }).kind !== 'review_efficacy_undocumented') return false;
    if (fact.context.negated || fact.context.family) return false;
    const named = finder.find(fact.sentence).map((m) => m.modality);
    if (modality !== 'medication') return named.includes(modality);
    const cls = (drugClassOf ??= createDrugClassLookup())(fact.sentence);
    return cls !== null ? cls === drugClass : named.includes('medication');
  });
}
