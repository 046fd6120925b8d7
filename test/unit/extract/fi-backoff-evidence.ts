import type { Extractor } from '../../../src/extract/extractor.ts';
import { createFunctionalImprovementBackoff } from '../../../src/extract/functional-improvement-backoff.ts';
import { createFunctionalImprovementExtractor } from '../../../src/extract/functional-improvement.ts';
import { runExtractor } from './run-extractor.ts';

// The extractor with its back-off run after it, as the pipeline runs them. (Once the extractor
// calls the back-off itself, the second call adds nothing: a clause with evidence is skipped.)
const main = createFunctionalImprovementExtractor({});
const backoff = createFunctionalImprovementBackoff();
const both: Extractor = {
  ...main,
  extract(ad) {
    const found = main.extract(ad);
    return [...found, ...backoff(ad, found)];
  },
};
const run = runExtractor(both);
const alone = runExtractor(main);

const labels = (facts: ReturnType<typeof run.asserted>) => facts.map((f) => {
  const v = f.value as { dimension: string; direction: string };
  return `${v.dimension}/${v.direction}`;
});

/** The asserted evidence of a text with the back-off, as "dimension/direction" strings. */
export const evidenceWithBackoff = (text: string): string[] => labels(run.asserted(text));
/** The same without the back-off (to tell which sentences the back-off itself decides). */
export const evidenceWithout = (text: string): string[] => labels(alone.asserted(text));
/** The rule ids of the back-off's own facts in a text. */
export const backoffRules = (text: string): string[] => run.asserted(text).map((f) => f.ruleId).filter((r) => r.startsWith('fi-backoff.'));
