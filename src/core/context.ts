import { z } from 'zod';

/** ConText categories, plus `documentation_gap`: a statement that something is absent from the record. */
export const ContextCategory = z.enum([
  'negated', 'possible', 'hypothetical', 'historical', 'family', 'documentation_gap',
]);
export type ContextCategory = z.infer<typeof ContextCategory>;

/** A trigger that modified a target: what fired, where, and which lexicon entry it was. */
export const ContextTrigger = z.object({
  category: ContextCategory,
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  ruleId: z.string(),
});
export type ContextTrigger = z.infer<typeof ContextTrigger>;

export const FactContext = z.object({
  negated: z.boolean(),
  possible: z.boolean(),
  hypothetical: z.boolean(),
  historical: z.boolean(),
  family: z.boolean(),
  documentationGap: z.boolean(),
  triggers: z.array(ContextTrigger),
});
export type FactContext = z.infer<typeof FactContext>;

export const EMPTY_CONTEXT: FactContext = Object.freeze({
  negated: false, possible: false, hypothetical: false, historical: false, family: false,
  documentationGap: false, triggers: [],
}) as FactContext;

/** Folds triggers into the boolean view of a context. */
export function contextFromTriggers(triggers: ContextTrigger[]): FactContext {
  const has = (c: ContextCategory) => triggers.some((t) => t.category === c);
  return {
    negated: has('negated'), possible: has('possible'), hypothetical: has('hypothetical'),
    historical: has('historical'), family: has('family'), documentationGap: has('documentation_gap'),
    triggers,
  };
}
