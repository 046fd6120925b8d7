import { z } from 'zod';
import type { ContextCategory } from '../core/context.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { crossesBoundary, wordsBetween } from './context-scope.ts';
import { createMatcher, type Match } from './matcher.ts';

/**
 * A ConText trigger. `direction` says where its scope runs: `forward` (to the right), `backward`
 * (to the left), `bidirectional`, `terminate` (ends other triggers' scope) or `pseudo` (looks like
 * a trigger but is not one: "no increase", "not only"; it fires nothing and hides what it covers).
 */
export const ContextEntry = entrySchema({
  category: z.enum(['negated', 'possible', 'hypothetical', 'historical', 'family', 'documentation_gap', 'terminate', 'pseudo']),
  direction: z.enum(['forward', 'backward', 'bidirectional', 'terminate', 'pseudo']),
  /** Scope limit in words; absent: up to the end of the sentence, a clause boundary or a terminator. */
  maxScope: z.number().int().positive().optional(),
  /** For terminators: the categories whose scope it ends; absent: all. */
  terminates: z.array(z.string()).optional(),
  /**
   * For terminators: end only scopes running this way; absent: both. A new subject after "and"
   * ends a forward scope ("did not help, and the swelling increased") but, read backwards, is a
   * coordinated subject ("facet loading and the Patrick test are negative").
   */
  endsScope: z.enum(['forward', 'backward']).optional(),
  /** The scope runs through ";"-separated lists ("no documentation of A; B; and/or C"). */
  listScope: z.boolean().optional(),
  /**
   * For terminators that match an opening "(": end only scopes that reach into that parenthesis.
   * "Denies opioid use (was on Percocet post-op)" states the drug in the aside; a target after the
   * closing ")" is back in the trigger's scope.
   */
  insideParenthesis: z.boolean().optional(),
});
export type ContextEntry = z.infer<typeof ContextEntry>;

export type TriggerMatch = Match<ContextEntry>;

export interface ContextDecision {
  category: ContextCategory;
  trigger: TriggerMatch;
}

/**
 * Categories whose triggers also end the scope of another category, as NegEx ends a negation at a
 * "possible" trigger ("no fracture, possible sprain"): the later statement has its own status.
 */
const ENDED_BY: Partial<Record<ContextCategory, ContextCategory[]>> = {
  negated: ['possible'],
  documentation_gap: ['possible'],
};

/** True when the "(" at `open` is not closed before `to`: what lies at `to` is inside it. */
function stillOpen(text: string, open: number, to: number): boolean {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return false;
  }
  return depth > 0;
}

/**
 * The context engine (ConText, Chapman et al. 2009, as medspaCy runs it): triggers come from the
 * `context-triggers` lexicon; a target is modified by every trigger whose scope covers it. A
 * scope ends at the trigger's `maxScope` (in words), at a terminator for its category, at a
 * trigger of a category listed in ENDED_BY, or at a clause boundary (see context-scope.ts).
 */
export function createContextEngine(dir?: string) {
  const lex = loadLexicon('context-triggers', ContextEntry, dir);
  const matcher = createMatcher(lex.entries);

  /** All triggers in a sentence (pseudo triggers included, so they can hide what they cover). */
  function triggersIn(sentence: string): TriggerMatch[] {
    return matcher.findAll(sentence);
  }

  /** The triggers that modify the target [start, end) of a sentence. */
  function modifiers(sentence: string, triggers: TriggerMatch[], start: number, end: number): ContextDecision[] {
    const out: ContextDecision[] = [];
    const blocked = (category: ContextCategory, from: number, to: number, way: 'forward' | 'backward') =>
      triggers.some((t) => {
        if (t.start < from || t.end > to) return false;
        if (t.entry.direction === 'terminate') {
          if (t.entry.endsScope && t.entry.endsScope !== way) return false;
          if (t.entry.insideParenthesis && !stillOpen(sentence, t.start, to)) return false;
          return !t.entry.terminates || t.entry.terminates.includes(category);
        }
        return (ENDED_BY[category] ?? []).includes(t.entry.category as ContextCategory);
      });
    for (const t of triggers) {
      const { direction, maxScope } = t.entry;
      if (direction === 'terminate' || direction === 'pseudo' || t.entry.category === 'terminate' || t.entry.category === 'pseudo') continue;
      const category = t.entry.category as ContextCategory;
      // A trigger inside the target is part of it ("no documentation of X" targets are the whole
      // phrase). One that only shares words with its edge still leads into it ("no definite" before
      // the target "definite findings"), so it is judged from where it starts or ends.
      if (t.start >= start && t.end <= end) continue;
      const inScope = (from: number, to: number, triggerSide: 'left' | 'right') =>
        !blocked(category, from, to, triggerSide === 'left' ? 'forward' : 'backward') && !crossesBoundary(sentence, from, to, triggerSide, t.entry.listScope === true) &&
        (maxScope === undefined || wordsBetween(sentence, from, to) < maxScope);
      const forward = (direction === 'forward' || direction === 'bidirectional') && t.start < start && t.end <= end &&
        inScope(Math.min(t.end, start), start, 'left');
      const backward = (direction === 'backward' || direction === 'bidirectional') && t.end > end && t.start >= start &&
        inScope(end, Math.max(t.start, end), 'right');
      if (forward || backward) out.push({ category, trigger: t });
    }
    return out;
  }

  return { triggersIn, modifiers, lexicon: lex };
}
export type ContextEngine = ReturnType<typeof createContextEngine>;
