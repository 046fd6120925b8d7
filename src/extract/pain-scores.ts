import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { createPainQualifier, type PainQualifierValue } from './pain-scores-qualifier.ts';

/**
 * A pain-rating phrasing (`rating` or `change`), a `follow` phrasing tried right after a rating (a
 * second rating joined to it), or a `topic` word that says a sentence is about pain.
 */
export const PainScaleEntry = entrySchema({
  kind: z.enum(['rating', 'change', 'follow', 'topic', 'skip']),
  needsTopic: z.boolean().default(false),
  /**
   * How a change's two values are qualified: `treatment` ("decreased from 8/10 to 4/10 with the
   * injection") before and after treatment; `visit` ("LBP 6->3/10" since the last visit) the
   * earlier one `unspecified` and the later one by the cues around it (else `current`).
   */
  change: z.enum(['treatment', 'visit']).default('treatment'),
});
export type PainScaleEntry = z.infer<typeof PainScaleEntry>;

const DEFAULT_MAX = 10;
/** How many ratings may be joined one after another ("8 at rest, 9 with activity and 10 at night"). */
const MAX_FOLLOWS = 3;
/** Sections where a rating is not the patient's. */
const SKIP_SECTIONS = new Set(['family_history', 'allergies']);

/**
 * Numeric pain ratings ("8/10", "6-8 on a 10-point scale" -> 8, "VAS 7", "decreased from 8/10 to
 * 4/10" -> before and after). A range takes its upper value. A rating must fit its scale; the
 * looser forms (a bare "rated 7", "N out of 10") count only in a sentence that speaks of pain.
 */
export const createPainScoresExtractor: ExtractorFactory = (options) => {
  const lex = loadLexicon('pain-scales', PainScaleEntry, options.lexiconDir);
  const ratings = createMatcher(lex.entries.filter((e) => e.kind === 'rating' || e.kind === 'change'));
  const topics = createMatcher(lex.entries.filter((e) => e.kind === 'topic'));
  const skips = createMatcher(lex.entries.filter((e) => e.kind === 'skip'));
  const follows = createMatcher(lex.entries.filter((e) => e.kind === 'follow'));
  /** Ratings joined after one that ends at `from`, up to `until` (the sentence end); `value` ends each match. */
  const joined = (text: string, from: number, until: number): Match<PainScaleEntry>[] => {
    const out: Match<PainScaleEntry>[] = [];
    for (let at = from; out.length < MAX_FOLLOWS;) {
      const f = follows.findAll(text.slice(at, until)).find((x) => x.start === 0);
      if (!f?.groups.value) break;
      const end = at + f.end;
      out.push({ ...f, start: end - f.groups.value.length, end, text: f.groups.value });
      at = end;
    }
    return out;
  };
  const qualify = createPainQualifier(options.lexiconDir);

  return {
    id: 'pain-scores',
    produces: ['pain_score'],
    extract(ad: AnalyzedDocument): Candidate[] {
      const out: Candidate[] = [];
      // A list split at ";" or a line break ("Pain: low back 7/10,  L knee 6/10") keeps its topic
      // in the section header or the sentence just before.
      const aboutPain = (s: NonNullable<ReturnType<typeof ad.sentenceAt>>) => {
        const i = ad.sentences.indexOf(s);
        const previous = i > 0 ? ad.sentences[i - 1] : undefined;
        return [s.text, s.section?.header ?? '', previous && previous.section === s.section ? previous.text : '']
          .some((t) => topics.findAll(t).length > 0);
      };
      const bySentence = new Map<number, { m: Match<PainScaleEntry>; value: number; max: number; fixed?: PainQualifierValue }[]>();
      const found = ratings.findAll(ad.text);
      const taken = (x: Match) => found.some((o) => o.start < x.end && x.start < o.end);
      for (const m of found) {
        const s = ad.sentenceAt(m.start);
        if (!s || SKIP_SECTIONS.has(s.section?.category ?? '')) continue;
        if (m.entry.needsTopic && !aboutPain(s)) continue;
        // Goals and targets ("will report 0/10 pain") are not ratings the patient gave.
        if (skips.findAll(s.text).length > 0 || skips.findAll(s.section?.header ?? '').length > 0) continue;
        const max = m.groups.max ? Number(m.groups.max) : DEFAULT_MAX;
        const visit = m.entry.change === 'visit';
        const values = m.entry.kind === 'change'
          ? [
            { m, value: Number(m.groups.before), fixed: visit ? 'unspecified' as const : 'before_treatment' as const },
            { m, value: Number(m.groups.after), fixed: visit ? undefined : 'after_treatment' as const },
          ]
          : [m, ...joined(ad.text, m.end, s.end).filter((f) => !taken(f))].map((x) => ({ m: x, value: Number(x.groups.value), fixed: undefined }));
        const list = bySentence.get(s.start) ?? [];
        for (const f of values) if (Number.isFinite(f.value) && f.value >= 0 && f.value <= max) list.push({ max, ...f });
        bySentence.set(s.start, list);
      }
      for (const [start, list] of bySentence) {
        const sentence = ad.sentenceAt(start)!;
        const qualifiers = qualify(sentence, list.map((x) => x.m));
        list.forEach((x, i) => out.push({
          type: 'pain_score', value: { value: x.value, max: x.max, qualifier: x.fixed ?? qualifiers[i] },
          start: x.m.start, end: x.m.end, ruleId: x.m.entry.id,
        }));
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
};
