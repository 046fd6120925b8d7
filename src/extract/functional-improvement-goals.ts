import { z } from 'zod';
import { FiDimension, FiDirection } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher } from '../text/matcher.ts';
import type { Candidate } from './extractor.ts';
import { createTopicFinder } from './functional-improvement-backoff-topics.ts';
import { FilEntry } from './functional-improvement-lists.ts';
import { createTaskClassifier } from './functional-improvement-task-class.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/** One entry of `functional-improvement-goals.yaml`: a goal list's label or an outcome. */
export const FigEntry = entrySchema({
  kind: z.enum(['label', 'inline', 'outcome']),
  direction: FiDirection.optional(),
});
export type FigEntry = z.infer<typeof FigEntry>;

type Dimension = z.infer<typeof FiDimension>;
interface Span { start: number; end: number }

// Where a goal list ends: a line's or a sentence's end.
const LIST_END = /\n|\.(?:\s|$)/u;
// Where one goal ends: a semicolon, or a numbered item ("1. ... 2) ...").
const ITEM_BREAK = /;|\s(?=\(?\d{1,2}[.)]\s)/gu;
// What parts a goal's outcome from its text: a spaced dash, a comma, a colon or an opening bracket.
const OUTCOME_LEAD = /(?:\s[-–—]+|[,:(]|=)\s*$/u;
// What may follow an outcome to its goal's end: closing punctuation, or a remark after a spaced
// dash ("NOT MET - tolerates ~1/4 mile").
const OUTCOME_TAIL = /^[\s).,]*(?:\s[-–—]+\s[^;\n]*)?$/u;
// A goal said in a heading's brackets ("Goal 2 (walk 1 mile):").
const LABEL_GOAL = /\(([^()\n]+)\)\s*:$/u;
// How far (characters) an inline goal may run to its outcome, and the verb before the outcome.
const INLINE_REACH = 100;
const AIMED = /(?:^|\s)(?:to|will|would|should|must|may|can|could|expected\s+to)\s+(?:be\s+)?$|(?:^|\s)be\s+$/iu;
const INLINE_VERB = /\s+(?:(?:was|is|has\s+been|had\s+been|remains|remained)(?:\s+(?:still|again))?)?\s*$/iu;
// The parts of one goal's text ("return to driving, reduce avoidance").
const PART_BREAK = /,|\/|(?<![A-Za-z])and(?![A-Za-z])/giu;

/**
 * Treatment goals listed with their outcome (PR-2f): "Goal: lift 20 lb - met" is a gain, "Goals:
 * return to driving, reduce avoidance - not met" no improvement. An item of a goal list that ends in
 * an outcome of the `functional-improvement-goals` lexicon is evidence of the outcome's direction,
 * in the dimension every part of the goal names (back-off topics and the work topics of
 * `functional-improvement-lists`), else `general`. An item a phrasing already spoke of adds nothing.
 * Returns the added candidates only.
 */
export function createGoalReader(lexiconDir?: string) {
  const entries = loadLexicon('functional-improvement-goals', withPlaceholders(FigEntry), lexiconDir).entries;
  const labels = createMatcher(entries.filter((e) => e.kind === 'label'));
  const inlines = createMatcher(entries.filter((e) => e.kind === 'inline'));
  const outcomes = createMatcher(entries.filter((e) => e.kind === 'outcome' && e.direction));
  const listTopics = createMatcher(loadLexicon('functional-improvement-lists', withPlaceholders(FilEntry), lexiconDir).entries.filter((e) => e.kind === 'topic' && e.dimension));
  const topicsIn = createTopicFinder(lexiconDir);
  const { isAdlTask } = createTaskClassifier(lexiconDir);

  /**
   * The one dimension every part of a goal names, else general. A part naming a task and a
   * tolerance is the task's with no measure ("carry groceries"), the tolerance's with one ("carry 15 lb").
   */
  const dimensionOf = (goal: string): Dimension => {
    const named = new Set<Dimension>();
    for (const part of goal.split(PART_BREAK).filter((p) => /[A-Za-z]/u.test(p))) {
      const dims = [...topicsIn(part).map((t) => t.dimension), ...listTopics.findAll(part).map((m) => m.entry.dimension as Dimension)]
        .filter((d) => d !== 'general');
      if (!dims.length) return 'general';
      const both = dims.includes('adl') && dims.includes('activity_tolerance');
      const own = both ? [isAdlTask(part, 0, part.length) ? 'adl' as const : 'activity_tolerance' as const] : dims;
      own.forEach((d) => named.add(d));
    }
    return named.size === 1 ? [...named][0] : 'general';
  };

  return (ad: AnalyzedDocument, found: readonly Candidate[]): Candidate[] => {
    const text = ad.text;
    const out: Candidate[] = [];
    const add = (goal: string, direction: z.infer<typeof FiDirection>, start: number, end: number, ruleId: string) => {
      out.push({ type: 'functional_improvement', value: { dimension: dimensionOf(goal), direction }, start, end, ruleId });
    };
    const heads = labels.findAll(text);
    heads.forEach((label, n) => {
      const rest = text.slice(label.end, heads[n + 1]?.start ?? text.length);
      const end = label.end + (LIST_END.exec(rest)?.index ?? rest.length);
      for (const item of itemsOf(text, label.end, end)) {
        const said = outcomes.findAll(text.slice(item.start, item.end)).pop();
        if (!said?.entry.direction) continue;
        const [oStart, oEnd] = [item.start + said.start, item.start + said.end];
        const lead = text.slice(item.start, oStart);
        // "Goal 2 (walk 1 mile): NOT MET": the goal is the heading's bracket.
        const bracket = !lead.trim() && item.start === label.end ? LABEL_GOAL.exec(label.text)?.[1] : undefined;
        if ((!bracket && !OUTCOME_LEAD.test(lead)) || !OUTCOME_TAIL.test(text.slice(oEnd, item.end))) continue;
        const goal = bracket ?? lead.replace(OUTCOME_LEAD, '');
        if (!/[A-Za-z]/u.test(goal)) continue;
        if (found.some((c) => c.type === 'functional_improvement' && c.start < item.end && item.start < c.end)) continue;
        const from = bracket ? label.start : item.start + (goal.length - goal.trimStart().length);
        add(goal, said.entry.direction, from, oEnd, said.entry.id);
      }
    });
    // A goal named in running text: "his goal of riding the bus one stop was NOT met".
    for (const g of inlines.findAll(text)) {
      const sentence = ad.sentenceAt(g.start);
      const rest = text.slice(g.end, Math.min(sentence?.end ?? text.length, g.end + INLINE_REACH));
      const said = outcomes.findAll(rest)[0];
      if (!said?.entry.direction) continue;
      // "Goal to be completed by week 6" is an aim, not an outcome.
      if (AIMED.test(rest.slice(0, said.start))) continue;
      const goal = rest.slice(0, said.start).replace(INLINE_VERB, '');
      // "met with the therapist" is a meeting, not an outcome.
      if (!/[A-Za-z]/u.test(goal) || /[;:]/u.test(goal) || /^\s+with(?![A-Za-z])/iu.test(rest.slice(said.end))) continue;
      const end = g.end + said.end;
      if (found.some((c) => c.type === 'functional_improvement' && c.start < end && g.start < c.end)) continue;
      if (out.some((c) => c.start < end && g.start < c.end)) continue;
      add(goal, said.entry.direction, g.start, end, said.entry.id);
    }
    return out;
  };
}

/** The goals of a list between two offsets, cut at semicolons and item numbers. */
function itemsOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let at = start;
  for (const b of text.slice(start, end).matchAll(ITEM_BREAK)) {
    const cut = start + (b.index ?? 0);
    if (cut > at) out.push({ start: at, end: cut });
    at = cut + b[0].length;
  }
  if (end > at) out.push({ start: at, end });
  return out;
}
