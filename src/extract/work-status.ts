import type { ExtractorFactory } from './extractor.ts';

/** STUB: replaced by the real extractor. */
export const createWorkStatusExtractor: ExtractorFactory = () => ({
  id: 'work-status',
  produces: [],
  extract: () => [],
});
