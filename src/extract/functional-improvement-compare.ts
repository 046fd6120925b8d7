import { z } from 'zod';
import { FiDimension, FiDirection } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import { comparable, counterpart, createValueReader, order, type Value } from './functional-improvement-values.ts';
import { createTableFinder } from './functional-improvement-table.ts';
import { createVerdictFinder } from './functional-improvement-verdicts.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

type Dimension = z.infer<typeof FiDimension>;
type Direction = z.infer<typeof FiDirection>;

/**
 * One entry of `functional-improvement-compare.yaml`: a topic, an earlier-value cue, a fixed cue,
 * or a limit ("before back pain starts") that ends a tolerance and says nothing about a symptom.
 */
export const FicEntry = entrySchema({
  kind: z.enum(['topic', 'earlier', 'later', 'fixed', 'limit', 'verdict', 'when', 'unchecked', 'table', 'column', 'goal']),
  dimension: FiDimension.optional(),
  better: z.enum(['higher', 'lower']).optional(),
  direction: FiDirection.optional(),
  /** A fixed cue that names its topic after itself ("back to full shifts"). */
  after: z.boolean().default(false),
  /**
   * On a fixed cue: a verdict on what stands between its topic and itself ("20 min, unchanged");
   * on a topic: such a verdict about it needs a stated value ("Norco 3/day, unchanged", not a list).
   */
  needsValue: z.boolean().default(false),
  /** A topic whose values are the rungs of this scale of the values lexicon (and only those). */
  scale: z.string().min(1).optional(),
  /** A topic's drugs: medications-lexicon classes and ids whose names count as this topic. */
  drugClasses: z.array(z.string().min(1)).default([]),
  drugIds: z.array(z.string().min(1)).default([]),
  /** An earlier cue whose values pair with the current ones by side, else in order ("100 / 125 (9/1: 120 / 140)"). */
  pairs: z.boolean().default(false),
  /** A cue that counts only in a sentence with this legend ("initial values in parentheses"). */
  legend: z.string().min(1).optional(),
  /** A verdict that says a change up or down: the topic's `better` gives the direction ("ODI down to 22%"). */
  moves: z.enum(['up', 'down']).optional(),
  /** A verdict that counts only in a sentence with a `when` ("decreased ROM compared to last visit"). */
  needsWhen: z.boolean().default(false),
  /**
   * On a scored instrument's topic: its minimal clinically important difference, in the points (or
   * percent) it is written in; a smaller change is no improvement ("Oswestry 30% -> 28%").
   */
  mcid: z.number().positive().optional(),
  /** On a topic: which verdicts it takes (`absolute`: none that only say up or down). */
  verdicts: z.enum(['all', 'absolute', 'none']).default('all'),
});
export type FicEntry = z.infer<typeof FicEntry>;

/** A drug the medications lexicon found, as the comparison finder needs it. */
export interface DrugMatch { start: number; end: number; entry: { id: string; drugClass: string } }

/** A comparison found: its dimension and direction, the span from topic to cue, the cue's id. */
/** A comparison found; `fixed` when the cue's own words give the direction ("unchanged"), not numbers. */
export interface Comparison { dimension: Dimension; direction: Direction; start: number; end: number; ruleId: string; fixed: boolean }
type Found = Comparison & { topic: number };

// How far (characters) a topic may sit from its cue: one clause of a progress note.
const NEAR = 80;
const AFTER = 30;
// How far before its topic a current value may start ("4-5 Norco per day, up from 2-3").
const LEAD = 25;
// What may stand before a value in a cue's words: articles, approximations, an -ing verb
// ("was using a walker", "(was about 10 min)", "(LV tolerated ~4 hrs)"); "was given a walker" states no
// earlier value.
// A score may stand before its percentage ("26/50 (52%)").
const BEFORE_VALUE = /^(?:(?:a|an|the|about|approximately|around|only|just|up\s+to|less\s+than|more\s+than|over|under|with|on|at|it|them|tolerated|managed|lasted|[a-z]+ing)\s+)*~?\s*(?:\d+\s*\/\s*\d+\s*\(\s*)?$/iu;
// A sentence that opens on an order verb (a plan line).
const ORDER = /^\s*(?:continue|start|begin|take|switch|change|refill|prescribe|trial|use)(?![A-Za-z])(?!\s+to\s)/iu;
// A symptom or pain rating beside a topic: the comparison is about the symptom, not function.
const SYMPTOM = /\b(?:pain|VAS|NRS|ache|aching|numb\w*|tingl\w*|swell\w*|symptoms?)\b|\/\s*10\b/iu;

/**
 * Finds progress said as a comparison over time: a functional topic (by dimension) and a temporal
 * cue in one sentence. An earlier-value cue compares the current value (the nearest one after a
 * topic) with the earlier one by the topic's `better`; a fixed cue states the direction itself,
 * and wins over a value comparison of the same topic ("L 28 kg (27 kg at intake), unchanged").
 * Values (units, rates, walking-aid rungs) are read by `functional-improvement-values`.
 * `drugMatches` are the medications lexicon's finds; those of a topic's `drugClasses`/`drugIds`
 * are that topic too ("Fioricet 2x/wk, down from daily").
 */
export function createComparisonFinder(lexiconDir?: string) {
  const lexicon = loadLexicon('functional-improvement-compare', withPlaceholders(FicEntry), lexiconDir);
  const topics = createMatcher(lexicon.entries.filter((e) => e.kind === 'topic'));
  const cues = createMatcher(lexicon.entries.filter((e) => e.kind === 'earlier' || e.kind === 'later' || e.kind === 'fixed'));
  const verdictsIn = createVerdictFinder(lexicon.entries, SYMPTOM);
  const tablesIn = createTableFinder(lexicon.entries);
  const limits = createMatcher(lexicon.entries.filter((e) => e.kind === 'limit'));
  const legends = new Map(lexicon.entries.filter((e) => e.legend).map((e) => [e.id, new RegExp(e.legend ?? '', 'iu')]));
  // The text with its tolerance limits blanked, so "3 hrs before back pain starts" is no symptom.
  const unlimited = (text: string) => limits.findAll(text).reduce((t, l) => t.slice(0, l.start) + ' '.repeat(l.end - l.start) + t.slice(l.end), text);
  const { valuesIn } = createValueReader(lexiconDir);

  const drugTopics = lexicon.entries.filter((e) => e.kind === 'topic' && (e.drugClasses.length || e.drugIds.length));
  const topicOfDrug = (d: DrugMatch) => drugTopics.find((t) => t.drugClasses.includes(d.entry.drugClass) || t.drugIds.includes(d.entry.id));

  /** A fixed cue: its direction about the nearest topic (see `needsValue`). */
  function fixedDirection(text: string, cue: Match<FicEntry>, topics: Match<FicEntry>[]): Found | null {
    const t = cue.entry.after
      ? topics.filter((x) => x.start >= cue.end && x.start - cue.end <= AFTER).sort((a, b) => a.start - b.start)[0]
      : before(cue, topics)[0];
    if (!t?.entry.dimension || !cue.entry.direction) return null;
    if (SYMPTOM.test(text.slice(Math.min(t.start, cue.start), Math.max(t.end, cue.start)))) return null;
    if (cue.entry.needsValue && t.entry.needsValue && !valuesIn(text.slice(t.start, cue.start)).length) return null;
    return { dimension: t.entry.dimension, direction: cue.entry.direction, start: Math.min(t.start, cue.start), end: Math.max(t.end, cue.end), ruleId: cue.entry.id, topic: t.start, fixed: true };
  }

  /**
   * An `earlier` cue holds the earlier value (and the current one when it says both: "from 15 to
   * 45"), the current one stands between topic and cue (or just before the topic: "4-5 Norco per
   * day"); a `later` cue ("; now 45 minutes") holds the current value, the earlier one stands
   * between topic and cue.
   */
  function compareValues(text: string, sentenceStart: number, cue: Match<FicEntry>, inSentence: Match<FicEntry>[]): Found | null {
    const later = cue.entry.kind === 'later';
    // Paired values may stand as "active / passive" ("100 / 125"): a spaced slash parts them.
    const parted = (x: string) => (cue.entry.pairs ? x.replace(/\s\/\s/gu, ' , ') : x);
    const group = parted((later ? cue.groups.now : cue.groups.before) ?? '');
    const both = !later && cue.groups.now !== undefined;
    if (SYMPTOM.test(group) || (both && SYMPTOM.test(cue.groups.now ?? ''))) return null;
    // "from six to four tablets a day": a number word before takes the unit said after it.
    const read = valuesIn(group);
    // A dose before a rate is the tablet's strength; the rate is the use ("was taking 800 mg TID").
    const rate = read[0]?.kind === 'dose' ? read.find((v) => v.kind === 'rate') : undefined;
    const stated = rate ?? read[0] ?? (both ? valuesIn(`${group} ${(cue.groups.now ?? '').replace(/^\s*\S+/u, '')}`)[0] : undefined);
    if (!stated) return null;
    // The earlier value may name its measure again ("flex 60, ext 15 (prior visit flex 40)"): it
    // pairs with that measure's first value, not the nearest one.
    const lead = group.slice(0, rate ? read[0].start : stated.start);
    const named = BEFORE_VALUE.test(lead) ? undefined : topics.findAll(lead).find((x) => BEFORE_VALUE.test(lead.slice(x.end)) && !lead.slice(0, x.start).trim());
    if (!named && !BEFORE_VALUE.test(lead)) return null;
    const sameName = (t: Match<FicEntry>) => !named || text.slice(t.start, t.end).toLowerCase() === named.text.toLowerCase();
    // A cue that holds both values may hold its topic too ("cut back from 6 tabs a day to 2").
    const inside = both ? inSentence.filter((t) => t.start >= cue.start && t.end <= cue.end) : [];
    for (const t of [...before(cue, inSentence), ...inside].filter(sameName)) {
      // A walking aid's topic compares its scale's rungs; other topics compare amounts.
      if (!t.entry.better || !t.entry.dimension || (t.entry.scale ? stated.kind !== `level:${t.entry.scale}` : stated.kind.startsWith('level:'))) continue;
      // "walking pain 6 (was 8)": a pain rating beside a topic is no functional value (the topic's
      // own words aside: "Pain Disability Index").
      // Not across a line break: a pain score ending the line before is about something else.
      const lookback = text.slice(Math.max(0, t.start - 30), t.start).split('\n').pop() ?? '';
      if (SYMPTOM.test(`${lookback} ${text.slice(t.end, Math.max(t.end, cue.start))}`)) return null;
      if (cue.entry.pairs) {
        const paired = pairedDirection(valuesIn(parted(text.slice(t.end, cue.start))), valuesIn(group), t.entry.better);
        if (paired) return { dimension: t.entry.dimension, direction: paired, start: Math.min(t.start, cue.start), end: cue.end, ruleId: cue.entry.id, topic: t.start, fixed: false };
      }
      // A named measure's own value ends at the next topic ("flex 60/90, ext 15/25 (prior visit flex 40/90)").
      const ownEnd = named ? Math.min(cue.start, ...inSentence.filter((x) => x.start >= t.end).map((x) => x.start)) : cue.start;
      const other = both
        ? counterpart(valuesIn(cue.groups.now ?? ''), stated, true)
        : counterpart(valuesIn(text.slice(t.end, ownEnd)), stated, true) ?? (named ? undefined : counterpart(valuesIn(text.slice(leadStart(text, sentenceStart, t.start), cue.start)), stated, true));
      if (!other) continue;
      const [now, was]: Value[] = later ? [stated, other] : [other, stated];
      const sign = belowMcid(t.entry, now.n - was.n) ? 0 : order(now, was);
      const direction: Direction = sign === 0 ? 'not_improved' : (sign > 0) === (t.entry.better === 'higher') ? 'improved' : 'worsened';
      return { dimension: t.entry.dimension, direction, start: Math.min(t.start, cue.start), end: cue.end, ruleId: cue.entry.id, topic: t.start, fixed: false };
    }
    return null;
  }

  const mcidTopics = createMatcher(lexicon.entries.filter((e) => e.kind === 'topic' && e.mcid !== undefined));
  /** The minimal important difference of the scored instrument a span names, if any ("GAD-7: 15 (previously 16)"). */
  const mcidIn = (span: string): FicEntry | undefined => mcidTopics.findAll(span)[0]?.entry;

  const find = (ad: AnalyzedDocument, drugMatches: DrugMatch[]): Comparison[] => {
    const drugAsTopics = drugMatches.flatMap((d) => {
      const entry = topicOfDrug(d);
      return entry ? [{ entry, start: d.start, end: d.end, text: '', groups: {} }] : [];
    });
    const allTopics: Match<FicEntry>[] = [...topics.findAll(ad.text, { overlaps: true }), ...drugAsTopics];
    const found: Found[] = [];
    const text = unlimited(ad.text);
    for (const cue of cues.findAll(ad.text)) {
      const sentence = ad.sentenceAt(cue.start);
      if (!sentence) continue;
      if (!(legends.get(cue.entry.id)?.test(ad.text.slice(sentence.start, sentence.end)) ?? true)) continue;
      const ctx = ad.contextOf(cue.start, cue.end);
      if (ctx.hypothetical || ctx.documentationGap) continue;
      // An order ("Continue naproxen twice a day instead of prn") sets a regimen; it states no course.
      if (cue.entry.kind !== 'fixed' && ORDER.test(ad.text.slice(sentence.start, cue.start))) continue;
      const inSentence = allTopics.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
      const hit = cue.entry.kind !== 'fixed' ? compareValues(text, sentence.start, cue, inSentence) : fixedDirection(text, cue, inSentence);
      if (hit) found.push(hit);
    }
    found.push(...tablesIn(ad, allTopics).filter((r) => !found.some((f) => f.start < r.end && r.start < f.end)));
    // A verdict beside a topic adds only where no cue spoke of that stretch ("unchanged since 11/2025").
    found.push(...verdictsIn(ad, allTopics).filter((v) => !found.some((f) => f.start < v.end && v.start < f.end)));
    // The words of a fixed cue beat the numbers about the same topic ("essentially unchanged").
    const fixedTopics = new Set(found.filter((f) => f.fixed).map((f) => f.topic));
    return found.filter((f) => f.fixed || !fixedTopics.has(f.topic)).map(({ topic: _t, ...c }) => c);
  };
  return Object.assign(find, { mcidIn });
}

/**
 * Current and earlier values paired by side, else in order, when both lists are as long: the
 * direction they agree on (a change beats no change), null when they disagree or do not pair.
 */
function pairedDirection(now: Value[], was: Value[], better: 'higher' | 'lower'): Direction | null {
  if (now.length < 2 || now.length !== was.length) return null;
  const signs = was.map((w, i) => {
    const n = w.side ? now.find((v) => v.side === w.side) : now[i];
    return n && comparable(n, w) ? order(n, w) : null;
  });
  if (signs.some((x) => x === null) || (signs.includes(1) && signs.includes(-1))) return null;
  const sign = signs.find((x) => x !== 0) ?? 0;
  return sign === 0 ? 'not_improved' : (sign > 0) === (better === 'higher') ? 'improved' : 'worsened';
}

/**
 * Whether a gain on a scored instrument is smaller than its minimal clinically important difference
 * (a small loss stays a loss: "NDI 44% today (was 40%)").
 */
export function belowMcid(topic: FicEntry, change: number): boolean {
  const gain = topic.better === 'lower' ? -change : change;
  return topic.mcid !== undefined && gain > 0 && gain < topic.mcid;
}

/** The topics before a cue, nearest first, within reach. */
function before(cue: Match<FicEntry>, topics: Match<FicEntry>[]): Match<FicEntry>[] {
  return topics.filter((t) => t.end <= cue.start && cue.start - t.end <= NEAR).sort((a, b) => b.end - a.end);
}

/** Where a value just before a topic may start: in its sentence and clause, within LEAD characters. */
function leadStart(text: string, sentenceStart: number, topicStart: number): number {
  const from = Math.max(sentenceStart, topicStart - LEAD);
  const breaks = [...text.slice(from, topicStart).matchAll(/[,;:()]/gu)];
  return breaks.length ? from + (breaks[breaks.length - 1].index ?? 0) + 1 : from;
}

