import type { ExtractorFactory } from './extractor.ts';
import { createEvidenceExtractor } from './evidence-lexicon.ts';

/**
 * Mentions of the course of care (failed conservative care, symptoms persisting after a course of
 * care received, home exercise, stated rationale, trial results pending), as `care_course` facts
 * (lexicon `care-course`; entries with `requiresPriorCare` count only after care received).
 */
export const createCareCourseExtractor: ExtractorFactory = (options) => createEvidenceExtractor('care-course', 'care_course', options);
