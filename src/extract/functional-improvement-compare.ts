import { z } from 'zod';
import { FiDimension, FiDirection } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { parseNumber } from '../text/numbers.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

type Dimension = z.infer<typeof FiDimension>;
type Direction = z.infer<typeof FiDirection>;

/** One entry of `functional-improvement-compare.yaml`: a topic, an earlier-value cue or a fixed cue. */
export const FicEntry = entrySchema({
  kind: z.enum(['topic', 'earlier', 'later', 'fixed']),
  dimension: FiDimension.optional(),
  better: z.enum(['higher', 'lower']).optional(),
  direction: FiDirection.optional(),
  /** A fixed cue that names its topic after itself ("back to full shifts"). */
  after: z.boolean().default(false),
  /** A topic's drugs: medications-lexicon classes and ids whose names count as this topic. */
  drugClasses: z.array(z.string().min(1)).default([]),
  drugIds: z.array(z.string().min(1)).default([]),
});
export type FicEntry = z.infer<typeof FicEntry>;

/** A drug the medications lexicon found, as the comparison finder needs it. */
export interface DrugMatch { start: number; end: number; entry: { id: string; drugClass: string } }

/** A comparison found: its dimension and direction, the span from topic to cue, the cue's id. */
export interface Comparison { dimension: Dimension; direction: Direction; start: number; end: number; ruleId: string }

// How far (characters) a topic may sit from its cue: one clause of a progress note.
const NEAR = 80;
const AFTER = 30;
// A symptom or pain rating beside a topic: the comparison is about the symptom, not function.
const SYMPTOM = /\b(?:pain|VAS|NRS|ache|aching|numb\w*|tingl\w*|swell\w*|symptoms?)\b|\/\s*10\b/iu;

/** A stated value: a plain number, or a rate per week ("twice a week", "daily", "4 tabs/day"). */
type Value = { kind: 'num' | 'rate'; n: number };
const RATE = /(?:(?<n>\d+(?:\.\d+)?|once|twice|thrice|one|two|three|four|five|six)\s*(?:x|times?|tabs?|tablets?|pills?|doses?)?\s*(?:a|per|\/|each)\s*(?<per>day|d|week|wk)\b|(?<word>daily|nightly|every\s+day|weekly|bid|tid|qid|qhs))/giu;
const WORD_RATES: Record<string, number> = { daily: 7, nightly: 7, 'every day': 7, weekly: 1, bid: 14, tid: 21, qid: 28, qhs: 7 };

/** The last value in a span (`last`) or its first: a rate when one is stated, else a number (a range "0-120" is its upper end). */
export function valueIn(span: string, last: boolean): Value | null {
  const rates = [...span.matchAll(RATE)].map((m): Value => {
    if (m.groups?.word) return { kind: 'rate', n: WORD_RATES[m.groups.word.toLowerCase().replace(/\s+/gu, ' ')] };
    const raw = m.groups?.n?.toLowerCase() ?? '';
    const n = parseNumber(raw) ?? Number.NaN;
    return { kind: 'rate', n: /^(?:week|wk)$/iu.test(m.groups?.per ?? '') ? n : n * 7 };
  });
  if (rates.length) return last ? rates[rates.length - 1] : rates[0];
  // Dates and sides' numbers are no values; a range counts by its upper end.
  const clean = span.replace(/\d{1,2}\/\d{1,2}(?:\/\d{2,4})?/gu, ' ').replace(/\d+(?:\.\d+)?\s*(?:-|to)\s*(?=\d)/gu, '');
  const nums = [...clean.matchAll(/(?<![A-Za-z0-9.])\d+(?:\.\d+)?(?![0-9])/gu)].map((m) => Number(m[0]));
  if (!nums.length) return null;
  return { kind: 'num', n: last ? nums[nums.length - 1] : nums[0] };
}

/**
 * Finds progress said as a comparison over time: a functional topic (by dimension) and a temporal
 * cue in one sentence. An earlier-value cue compares the current value (the nearest one after a
 * topic) with the earlier one by the topic's `better`; a fixed cue states the direction itself.
 * `drugMatches` are the medications lexicon's finds; those of a topic's `drugClasses`/`drugIds`
 * are that topic too ("Fioricet 2x/wk, down from daily").
 */
export function createComparisonFinder(lexiconDir?: string) {
  const lexicon = loadLexicon('functional-improvement-compare', withPlaceholders(FicEntry), lexiconDir);
  const topics = createMatcher(lexicon.entries.filter((e) => e.kind === 'topic'));
  const cues = createMatcher(lexicon.entries.filter((e) => e.kind !== 'topic'));

  const drugTopics = lexicon.entries.filter((e) => e.kind === 'topic' && (e.drugClasses.length || e.drugIds.length));
  const topicOfDrug = (d: DrugMatch) => drugTopics.find((t) => t.drugClasses.includes(d.entry.drugClass) || t.drugIds.includes(d.entry.id));

  return (ad: AnalyzedDocument, drugMatches: DrugMatch[]): Comparison[] => {
    const drugAsTopics = drugMatches.flatMap((d) => {
      const entry = topicOfDrug(d);
      return entry ? [{ entry, start: d.start, end: d.end, text: '', groups: {} }] : [];
    });
    const allTopics: Match<FicEntry>[] = [...topics.findAll(ad.text, { overlaps: true }), ...drugAsTopics];
    const out: Comparison[] = [];
    for (const cue of cues.findAll(ad.text)) {
      const sentence = ad.sentenceAt(cue.start);
      if (!sentence) continue;
      const ctx = ad.contextOf(cue.start, cue.end);
      if (ctx.hypothetical || ctx.documentationGap) continue;
      const inSentence = allTopics.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
      const found = cue.entry.kind !== 'fixed' ? compareValues(ad.text, cue, inSentence) : fixedDirection(ad.text, cue, inSentence);
      if (found) out.push(found);
    }
    return out;
  };
}

/** The topics before a cue, nearest first, within reach. */
function before(cue: Match<FicEntry>, topics: Match<FicEntry>[]): Match<FicEntry>[] {
  return topics.filter((t) => t.end <= cue.start && cue.start - t.end <= NEAR).sort((a, b) => b.end - a.end);
}

/**
 * An `earlier` cue holds the earlier value (and the current one when it says both: "from 15 to
 * 45"), the current one stands between topic and cue; a `later` cue ("; now 45 minutes") holds
 * the current value and the earlier one stands between topic and cue.
 */
function compareValues(text: string, cue: Match<FicEntry>, topics: Match<FicEntry>[]): Comparison | null {
  const later = cue.entry.kind === 'later';
  const stated = valueIn((later ? cue.groups.now : cue.groups.before) ?? '', !later);
  if (!stated) return null;
  for (const t of before(cue, topics)) {
    if (!t.entry.better || !t.entry.dimension) continue;
    // "walking pain 6 (was 8)": a pain rating beside a topic is no functional value.
    if (SYMPTOM.test(text.slice(Math.max(0, t.start - 30), cue.start))) return null;
    const other = !later && cue.groups.now !== undefined ? valueIn(cue.groups.now, true) : valueIn(text.slice(t.end, cue.start), true);
    if (!other || other.kind !== stated.kind) continue;
    const [now, was] = later ? [stated, other] : [other, stated];
    const direction: Direction = now.n === was.n ? 'not_improved' : (now.n > was.n) === (t.entry.better === 'higher') ? 'improved' : 'worsened';
    return { dimension: t.entry.dimension, direction, start: t.start, end: cue.end, ruleId: cue.entry.id };
  }
  return null;
}

function fixedDirection(text: string, cue: Match<FicEntry>, topics: Match<FicEntry>[]): Comparison | null {
  const t = cue.entry.after
    ? topics.filter((x) => x.start >= cue.end && x.start - cue.end <= AFTER).sort((a, b) => a.start - b.start)[0]
    : before(cue, topics)[0];
  if (!t?.entry.dimension || !cue.entry.direction) return null;
  if (SYMPTOM.test(text.slice(Math.min(t.start, cue.start), Math.max(t.end, cue.start)))) return null;
  return { dimension: t.entry.dimension, direction: cue.entry.direction, start: Math.min(t.start, cue.start), end: Math.max(t.end, cue.end), ruleId: cue.entry.id };
}
