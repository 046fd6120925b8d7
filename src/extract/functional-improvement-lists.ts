import { z } from 'zod';
import { FiDimension } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher } from '../text/matcher.ts';
import type { Candidate } from './extractor.ts';
import { createTopicFinder } from './functional-improvement-backoff-topics.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/** One entry of `functional-improvement-lists.yaml`: a topic, a change word or a list's end. */
export const FilEntry = entrySchema({
  kind: z.enum(['topic', 'change', 'end']),
  dimension: FiDimension.optional(),
});
export type FilEntry = z.infer<typeof FilEntry>;

type Dimension = z.infer<typeof FiDimension>;
interface Span { start: number; end: number }
interface ListTopic extends Span { dimension: Dimension }

// Where one item of a list ends and the next begins.
const ITEM_BREAK = /,|(?<![A-Za-z])(?:or|and|nor|neither|either|as\s+well\s+as|along\s+with)(?![A-Za-z])/giu;
// What may stand before a bare topic that shares the change word of the item before it ("... changed
// her work capacity or her ability to perform household chores").
const BARE_LEAD = /^[\s,]*(?:(?:in|of|his|her|their|the|any|a|an|(?:ability|capacity)\s+(?:to\s+(?:perform|do|complete|manage|tolerate|carry\s+out)|for))\s+)*$/iu;

/**
 * Distributive absences (issue #3, PR-2e): a reviewer's list of gains the record lacks ("no
 * documented reduction in work restrictions, increase in activity tolerance, or improvement in
 * ADLs") is absent documentation of every dimension it names. Anchored on absent documentation of
 * a named dimension the extractor already found: the list around it (to an `end` of the
 * `functional-improvement-lists` lexicon) is cut into items; an item with a change word, or a bare
 * topic beside an item whose word it shares (after a word that leads its topic: "improved sitting or
 * standing tolerance"; before one that follows its topic: "neither her sitting tolerance nor her grip
 * was reassessed"), adds absent documentation of its topic's dimension when its sentence has no
 * evidence of that dimension yet.
 * A general anchor adds nothing: a list of examples of functional improvement itself stays general.
 * Returns the added candidates only.
 */
export function createAbsentListReader(lexiconDir?: string) {
  const entries = loadLexicon('functional-improvement-lists', withPlaceholders(FilEntry), lexiconDir).entries;
  const ownTopics = createMatcher(entries.filter((e) => e.kind === 'topic' && e.dimension));
  const changes = createMatcher(entries.filter((e) => e.kind === 'change'));
  const ends = createMatcher(entries.filter((e) => e.kind === 'end'));
  const topicsIn = createTopicFinder(lexiconDir);

  return (ad: AnalyzedDocument, found: readonly Candidate[]): Candidate[] => {
    const fi = found.flatMap((c) => (c.type === 'functional_improvement' ? [{ ...c, value: c.value }] : []));
    const anchors = fi.filter((c) => c.value.direction === 'absent_documentation' && c.value.dimension !== 'general');
    if (!anchors.length) return [];
    const text = ad.text;
    const out: Candidate[] = [];
    const done = new Set<string>();
    for (const a of anchors) {
      const sentence = ad.sentenceAt(a.start);
      if (!sentence) continue;
      const region = listAround(ends.findAll(text.slice(sentence.start, sentence.end)), sentence, a);
      const key = `${region.start}|${region.end}`;
      if (done.has(key)) continue;
      done.add(key);
      const stated = new Set(fi.filter((c) => ad.sentenceAt(c.start)?.start === sentence.start).map((c) => c.value.dimension));
      const span = text.slice(region.start, region.end);
      const topics: ListTopic[] = [
        ...ownTopics.findAll(span).map((m) => ({ start: m.start, end: m.end, dimension: m.entry.dimension as Dimension })),
        ...topicsIn(span).map((t) => ({ start: t.start, end: t.end, dimension: t.dimension })),
      ].filter((t) => t.dimension !== 'general');
      const changed = changes.findAll(span);
      const items = itemsOf(span).map((item) => ({
        own: topics.filter((t) => t.start >= item.start && t.end <= item.end).sort((x, y) => x.start - y.start),
        change: changed.find((c) => c.start >= item.start && c.end <= item.end),
        item,
      }));
      const isBare = (x: (typeof items)[number]) => !x.change && x.own.length > 0 && BARE_LEAD.test(span.slice(x.item.start, x.own[0].start));
      // A bare topic takes the change word of the item before it ("improved sitting or standing
      // tolerance"), or of the item after it when that item's word follows its topic ("neither her
      // sitting tolerance nor her grip strength was reassessed").
      const leads = (x: (typeof items)[number]) => x.change !== undefined && x.own.some((t) => t.start >= (x.change?.end ?? 0));
      const trails = (x: (typeof items)[number]) => x.change !== undefined && x.own.length > 0 && x.own.every((t) => t.end <= (x.change?.start ?? 0));
      const forward = new Set<number>();
      items.forEach((x, i) => {
        if (i > 0 && isBare(x) && (leads(items[i - 1]) || forward.has(i - 1))) forward.add(i);
      });
      const backward = new Set<number>();
      for (let i = items.length - 2; i >= 0; i--) {
        if (isBare(items[i]) && (trails(items[i + 1]) || backward.has(i + 1))) backward.add(i);
      }
      const shares = new Set([...forward, ...backward]);
      for (const [i, { own, change }] of items.entries()) {
        if (!change && !shares.has(i)) continue;
        for (const t of own) {
          if (stated.has(t.dimension)) continue;
          stated.add(t.dimension);
          out.push({
            type: 'functional_improvement',
            value: { dimension: t.dimension, direction: 'absent_documentation' },
            start: region.start + t.start,
            end: region.start + t.end,
            ruleId: 'fi-list.item',
          });
        }
      }
    }
    return out;
  };
}

/** The list holding an anchor: from the last `end` before it to the first after it, in its sentence. */
function listAround(endMatches: Span[], sentence: Span, anchor: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const e of endMatches) {
    const [s, f] = [sentence.start + e.start, sentence.start + e.end];
    if (f <= anchor.start) start = Math.max(start, f);
    else if (s >= anchor.end) end = Math.min(end, s);
  }
  return { start, end };
}

/** The items of a list span, cut at commas and conjunctions (offsets in the span). */
function itemsOf(span: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const b of span.matchAll(ITEM_BREAK)) {
    const at = b.index ?? 0;
    if (at > start) out.push({ start, end: at });
    start = at + b[0].length;
  }
  if (span.length > start) out.push({ start, end: span.length });
  return out;
}
