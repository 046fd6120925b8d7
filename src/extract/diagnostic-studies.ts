import type { ExtractorFactory } from './extractor.ts';
import { createEvidenceExtractor } from './evidence-lexicon.ts';

/** Mentions of imaging and electrodiagnostic studies already done, as `diagnostic_study` facts (lexicon `diagnostic-studies`). */
export const createDiagnosticStudiesExtractor: ExtractorFactory = (options) => createEvidenceExtractor('diagnostic-studies', 'diagnostic_study', options);
