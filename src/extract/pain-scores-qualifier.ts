import { z } from 'zod';
import { PainQualifier } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedSentence } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';

/** A cue that qualifies a nearby pain rating ("without medications", "at its worst"). */
export const PainQualifierEntry = entrySchema({
  qualifier: PainQualifier,
  /** The cue introduces the rating after it ("5, previously 7"): it never qualifies the one before. */
  leads: z.boolean().default(false),
});
export type PainQualifierValue = z.infer<typeof PainQualifier>;
export type PainQualifierEntry = z.infer<typeof PainQualifierEntry>;

/** A cue after a rating counts when it starts this close to it (characters). */
const AFTER_REACH = 45;
/**
 * A cue after a rating does not qualify it across a new clause ("2 to 4 out of 10, stating that the
 * worst was 6-7"): the cue then speaks of something else.
 */
const NEW_CLAUSE = /[,;]\s*(?:[a-z]+ing|but|and|while|whereas|although|though|which|who)(?![A-Za-z])|(?<![A-Za-z])that(?![A-Za-z])/iu;
/** What may stand between a cue and the rating it introduces ("without medications: 8/10", "with meds, pain is 4"). */
const INTRODUCES = /^[\s,:=-]*(?:(?:the\s+)?pain\s+)?(?:(?:is|was|of|at|rated|=)\s+)*(?:an?\s+)?$/iu;
/** A cue before a rating counts when it ends this close to it. */
const BEFORE_REACH = 90;

/**
 * Chooses the qualifier of each rating in a sentence: the nearest cue after the rating, up to the
 * next rating or the end of the clause ("7/10 without medications and 4/10 with"), else the
 * nearest cue before it back to the previous rating ("With medications, pain is 4/10"), else
 * `current` (a plain rating at a visit). A `leads` cue ("previously") only looks forward: in
 * "5, previously 7" it qualifies the 7, never the 5.
 */
export function createPainQualifier(lexiconDir?: string) {
  const lex = loadLexicon('pain-qualifiers', PainQualifierEntry, lexiconDir);
  const matcher = createMatcher(lex.entries);

  return function qualify(sentence: AnalyzedSentence, ratings: { start: number; end: number }[]): PainQualifierValue[] {
    const cues = matcher.findAll(sentence.text).map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }));
    const sorted = [...ratings].sort((a, b) => a.start - b.start);
    return ratings.map((r) => {
      const i = sorted.indexOf(r);
      // A change gives two values at one match ("6->3/10"): neighbours are other matches.
      const next = sorted.slice(i + 1).find((x) => x.start >= r.end)?.start ?? sentence.end;
      const prev = sorted.slice(0, i).reverse().find((x) => x.end <= r.start)?.end ?? sentence.start;
      const clauseEnd = clauseEndAfter(sentence, r.end);
      // "With medications 5/10, without medications 8/10": a cue after a comma that runs straight
      // into the next rating introduces that one.
      const opensNext = (c: Match<PainQualifierEntry>) => next < sentence.end && /[,;]/u.test(sentence.text.slice(r.end - sentence.start, c.start - sentence.start))
        && INTRODUCES.test(sentence.text.slice(c.end - sentence.start, next - sentence.start));
      const after = cues.filter((c) => !c.entry.leads && c.start >= r.end && c.start < Math.min(next, clauseEnd) && c.start - r.end <= AFTER_REACH
        && !NEW_CLAUSE.test(sentence.text.slice(r.end - sentence.start, c.start - sentence.start)) && !opensNext(c));
      if (after.length) return after[0].entry.qualifier;
      // A leading cue qualifies only the value it introduces: no other number may stand between.
      const introduces = (c: Match<PainQualifierEntry>) => !c.entry.leads || !/\d/u.test(sentence.text.slice(c.end - sentence.start, r.start - sentence.start));
      const before = cues.filter((c: Match<PainQualifierEntry>) => c.end <= r.start && c.start >= prev && r.start - c.end <= BEFORE_REACH && introduces(c));
      if (before.length) return before[before.length - 1].entry.qualifier;
      return 'current';
    });
  };
}

/** The end of the clause holding an offset: the next semicolon, or the sentence end. */
function clauseEndAfter(sentence: AnalyzedSentence, offset: number): number {
  const semi = sentence.text.indexOf(';', offset - sentence.start);
  return semi < 0 ? sentence.end : sentence.start + semi;
}
