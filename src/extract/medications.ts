import type { ExtractorFactory } from './extractor.ts';

/** STUB: replaced by the real extractor. */
export const createMedicationsExtractor: ExtractorFactory = () => ({
  id: 'medications',
  produces: [],
  extract: () => [],
});
