import type { ExtractorFactory } from './extractor.ts';
import { createEvidenceExtractor } from './evidence-lexicon.ts';

/** Mentions of red flags and significant change (fracture, tumour, infection, cauda equina, progressive deficit), as `red_flag` facts (lexicon `red-flags`). */
export const createRedFlagsExtractor: ExtractorFactory = (options) => createEvidenceExtractor('red-flags', 'red_flag', options);
