import type { ExtractorFactory } from './extractor.ts';

/** STUB: replaced by the real extractor. */
export const createPainReliefExtractor: ExtractorFactory = () => ({
  id: 'pain-relief',
  produces: [],
  extract: () => [],
});
