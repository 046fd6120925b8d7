import type { ExtractorFactory } from './extractor.ts';
import { createEvidenceExtractor } from './evidence-lexicon.ts';

/** Mentions of the course of care (failed conservative care, home exercise, stated rationale, trial results pending), as `care_course` facts (lexicon `care-course`). */
export const createCareCourseExtractor: ExtractorFactory = (options) => createEvidenceExtractor('care-course', 'care_course', options);
