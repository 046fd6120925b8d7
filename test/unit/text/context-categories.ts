import { createContextEngine } from '../../../src/text/context.ts';

const engine = createContextEngine();

/**
 * The context categories (negated, possible, family, ...) that modify the first occurrence of
 * `target` in `sentence`, sorted, with the project's default trigger lexicon. Shared by the
 * context phenomenon tests.
 */
export function categories(sentence: string, target: string): string[] {
  const start = sentence.indexOf(target);
  if (start < 0) throw new Error(`target not in sentence: ${target}`);
  const decisions = engine.modifiers(sentence, engine.triggersIn(sentence), start, start + target.length);
  return [...new Set(decisions.map((d) => d.category))].sort();
}
