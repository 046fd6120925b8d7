import { z } from 'zod';
import type { ContextCategory } from '../core/context.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher, type Match } from './matcher.ts';

/**
 * A ConText trigger. `direction` says where its scope runs: `forward` (to the right), `backward`
 * (to the left), `bidirectional`, `terminate` (ends other triggers' scope) or `pseudo` (looks like
 * a trigger but is not one: "no increase", "not only"; it fires nothing and hides what it covers).
 */
export const ContextEntry = entrySchema({
  category: z.enum(['negated', 'possible', 'hypothetical', 'historical', 'family', 'documentation_gap', 'terminate', 'pseudo']),
  direction: z.enum(['forward', 'backward', 'bidirectional', 'terminate', 'pseudo']),
  /** Scope limit in words; absent: up to the end of the sentence or a terminator. */
  maxScope: z.number().int().positive().optional(),
  /** For terminators: the categories whose scope it ends; absent: all. */
  terminates: z.array(z.string()).optional(),
});
export type ContextEntry = z.infer<typeof ContextEntry>;

export type TriggerMatch = Match<ContextEntry>;

export interface ContextDecision {
  category: ContextCategory;
  trigger: TriggerMatch;
}

function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return text.slice(from, to).split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/**
 * The context engine (ConText, Chapman et al. 2009, as medspaCy runs it): triggers come from the
 * `context-triggers` lexicon; a target is modified by every trigger whose scope covers it.
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
    const terminators = triggers.filter((t) => t.entry.direction === 'terminate');
    const blocked = (category: string, from: number, to: number) =>
      terminators.some((t) => t.start >= from && t.end <= to && (!t.entry.terminates || t.entry.terminates.includes(category)));
    for (const t of triggers) {
      const { category, direction, maxScope } = t.entry;
      if (direction === 'terminate' || direction === 'pseudo' || category === 'terminate' || category === 'pseudo') continue;
      // A trigger inside the target is part of it ("no documentation of X" targets are the whole phrase).
      if (t.start >= start && t.end <= end) continue;
      const forward = (direction === 'forward' || direction === 'bidirectional') && t.end <= start &&
        !blocked(category, t.end, start) && (maxScope === undefined || wordsBetween(sentence, t.end, start) < maxScope);
      const backward = (direction === 'backward' || direction === 'bidirectional') && t.start >= end &&
        !blocked(category, end, t.start) && (maxScope === undefined || wordsBetween(sentence, end, t.start) < maxScope);
      if (forward || backward) out.push({ category: category as ContextCategory, trigger: t });
    }
    return out;
  }

  return { triggersIn, modifiers, lexicon: lex };
}
export type ContextEngine = ReturnType<typeof createContextEngine>;
