import type { ExtractorFactory } from './extractor.ts';

/** STUB: replaced by the real extractor. */
export const createDemographicsExtractor: ExtractorFactory = () => ({
  id: 'demographics',
  produces: [],
  extract: () => [],
});
