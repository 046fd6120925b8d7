import type { ExtractorFactory } from './extractor.ts';

/** STUB: replaced by the real extractor. */
export const createPriorTreatmentsExtractor: ExtractorFactory = () => ({
  id: 'prior-treatments',
  produces: [],
  extract: () => [],
});
