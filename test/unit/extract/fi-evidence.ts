import { createFunctionalImprovementExtractor } from '../../../src/extract/functional-improvement.ts';
import { runExtractor } from './run-extractor.ts';

const { asserted } = runExtractor(createFunctionalImprovementExtractor({}));

/** The functional-improvement extractor's asserted evidence of a text, as "dimension/direction" strings. */
export function evidence(text: string): string[] {
  return asserted(text).map((f) => {
    const v = f.value as { dimension: string; direction: string };
    return `${v.dimension}/${v.direction}`;
  });
}
