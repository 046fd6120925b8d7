import { z } from 'zod';
import { offsetInSentence, onRequestedSide } from '../anatomic-site.ts';
import { statesAbsence } from '../facts-in-force.ts';
import { citeSome, ofKinds } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

const compiles = (p: string) => { try { new RegExp(p, 'iu'); return true; } catch { return false; } };

/**
 * The record states the question a requested study answers: a stated reason (care-course kind
 * `rationale`: "MRI of the right shoulder to rule out a rotator cuff tear") in a sentence that
 * names a study (`studyPatterns`) and lies in the requested region and side. A suspected lesion is
 * an imaging criterion of its own (IMG-1 red flags at any time, IMG-6 a suspected cuff tear, IMG-8
 * a suspected tear), so it stands in for the waiting period of conservative care. The words
 * "rule out" make ConText read the mention as possible; that is the question's own wording, so
 * possible mentions count (negated ones do not: they are not in force).
 * met cites the sentence's reason; otherwise not_applicable: the suspected-lesion route applies only
 * when a lesion is suspected, so beside it in an `any-of` a contradicted course of care stays not_met.
 */
export const studyQuestionStated = definePredicate({
  kind: 'study-question-stated',
  params: z.strictObject({
    studyPatterns: z.array(z.string().min(1).refine(compiles, 'not a valid regular expression')).min(1),
    lookedFor: z.string().min(1),
  }),
  reads: ['care_course'],
  placeholders: ['lookedFor', 'found'],
  evaluate({ studyPatterns, lookedFor }, s) {
    const names = (sentence: string) => studyPatterns.some((p) => new RegExp(p, 'iu').test(sentence));
    const stated = ofKinds(s.facts, 'care_course', ['rationale'])
      .filter((f) => !statesAbsence(f) && !f.context.historical && names(f.sentence) && onRequestedSide(f, s.item, offsetInSentence(f, s.allFacts)));
    if (stated.length > 0) {
      return { status: 'met', explanation: `Documented: ${citeSome(stated)}.`, facts: stated.map((f) => f.id), vars: { lookedFor, found: citeSome(stated) } };
    }
    return { status: 'not_applicable', explanation: `No ${lookedFor} is stated.`, facts: [], vars: { lookedFor, found: 'nothing' } };
  },
});
