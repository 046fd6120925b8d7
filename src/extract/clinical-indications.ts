import type { ExtractorFactory } from './extractor.ts';
import { createEvidenceExtractor } from './evidence-lexicon.ts';

/** Mentions of indications medication rules need (GI risk, neuropathic pain, insomnia, depression, spasm), as `clinical_indication` facts (lexicon `clinical-indications`). */
export const createClinicalIndicationsExtractor: ExtractorFactory = (options) => createEvidenceExtractor('clinical-indications', 'clinical_indication', options);
