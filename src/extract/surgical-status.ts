import type { ExtractorFactory } from './extractor.ts';
import { createEvidenceExtractor } from './evidence-lexicon.ts';

/** Mentions of surgical plans, candidacy and post-operative status, as `surgical_status` facts (lexicon `surgical-status`). */
export const createSurgicalStatusExtractor: ExtractorFactory = (options) => createEvidenceExtractor('surgical-status', 'surgical_status', options);
