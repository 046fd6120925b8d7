import type { ExtractorFactory } from './extractor.ts';

/** STUB: replaced by the real extractor. */
export const createFunctionalImprovementExtractor: ExtractorFactory = () => ({
  id: 'functional-improvement',
  produces: [],
  extract: () => [],
});
