import type { z } from 'zod';
import type { CriterionStatus } from '../../core/decision.ts';
import type { FactType } from '../../core/fact.ts';
import type { Situation } from '../situation.ts';

/** What a predicate concludes about one item: a status, a reviewer-style explanation, the facts it rests on. */
export interface PredicateOutcome {
  status: CriterionStatus;
  /** What was found, or what was looked for and not found. */
  explanation: string;
  /** Ids of the facts the conclusion rests on. */
  facts: string[];
  /** Values for the predicate's own message placeholders. */
  vars?: Record<string, string | number>;
}

/**
 * A predicate kind: a pure function of its parameters and the item's situation. Parameters are
 * data from the rule pack and are validated by `params` when the pack loads; `reads` and
 * `placeholders` let the loader check a criterion's `needs` and message before anything runs.
 */
export interface PredicateDefinition<P = unknown> {
  kind: string;
  params: z.ZodType<P>;
  reads: FactType[];
  /** What the predicate reads with these parameters, when that depends on them (`any-of`); else `reads`. */
  readsOf?: (params: P) => FactType[];
  placeholders: string[];
  evaluate(params: P, situation: Situation): PredicateOutcome;
}

/** Identity helper that keeps the parameter type of a definition. */
export function definePredicate<P>(def: PredicateDefinition<P>): PredicateDefinition<P> {
  return def;
}
