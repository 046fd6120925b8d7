import type { ExtractorFactory } from './extractor.ts';

/** STUB: replaced by the real extractor. */
export const createPainScoresExtractor: ExtractorFactory = () => ({
  id: 'pain-scores',
  produces: [],
  extract: () => [],
});
