import { expect } from 'vitest';
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

/** A text's evidence as the scorer compares it: the sorted set of "dimension/direction" pairs. */
export const fiPairs = (text: string): string[] => [...new Set(evidence(text))].sort();

/** Expects a text's evidence pairs to be exactly `expected` (in any order). */
export const expectFiPairs = (text: string, expected: string[]): void => {
  expect(fiPairs(text)).toEqual([...expected].sort());
};

/** The six dimensions, short, for tables of expected pairs (`${W}/improved`). */
export const FI_DIMENSIONS = {
  W: 'work_restrictions', A: 'activity_tolerance', M: 'medication_use', D: 'adl', O: 'objective_measure', G: 'general',
} as const;
