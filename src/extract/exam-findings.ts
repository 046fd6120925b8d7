import type { ExtractorFactory } from './extractor.ts';
import { createEvidenceExtractor } from './evidence-lexicon.ts';

/** Mentions of objective and neurological exam findings (deficits, positive tests, spasm, instability), as `exam_finding` facts (lexicon `exam-findings`). */
export const createExamFindingsExtractor: ExtractorFactory = (options) => createEvidenceExtractor('exam-findings', 'exam_finding', options);
