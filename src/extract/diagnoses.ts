import type { ExtractorFactory } from './extractor.ts';

/** STUB: replaced by the real extractor. */
export const createDiagnosesExtractor: ExtractorFactory = () => ({
  id: 'diagnoses',
  produces: [],
  extract: () => [],
});
