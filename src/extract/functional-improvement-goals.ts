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
  kind: z.enum(['label', 'outcome']),
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
// What may follow an outcome to its goal's end.
const OUTCOME_TAIL = /^[\s).,]*$/u;
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
    const heads = labels.findAll(text);
    heads.forEach((label, n) => {
      const rest = text.slice(label.end, heads[n + 1]?.start ?? text.length);
      const end = label.end + (LIST_END.exec(rest)?.index ?? rest.length);
      for (const item of itemsOf(text, label.end, end)) {
        const said = outcomes.findAll(text.slice(item.start, item.end)).pop();
        if (!said?.entry.direction) continue;
        const [oStart, oEnd] = [item.start + said.start, item.start + said.end];
        const lead = text.slice(item.start, oStart);
        if (!OUTCOME_LEAD.test(lead) || !OUTCOME_TAIL.test(text.slice(oEnd, item.end))) continue;
        const goal = lead.replace(OUTCOME_LEAD, '');
        if (!/[A-Za-z]/u.test(goal)) continue;
        if (found.some((c) => c.type === 'functional_improvement' && c.start < item.end && item.start < c.end)) continue;
        const from = item.start + (goal.length - goal.trimStart().length);
        out.push({
          type: 'functional_improvement',
          value: { dimension: dimensionOf(goal), direction: said.entry.direction },
          start: from,
          end: oEnd,
          ruleId: said.entry.id,
        });
      }
    });
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
