import type { ExtractorFactory } from './extractor.ts';
import { createEvidenceExtractor } from './evidence-lexicon.ts';

/** Mentions of opioid and drug monitoring (urine drug screens, CURES, pain agreement, the 4 A's), as `drug_monitoring` facts (lexicon `drug-monitoring`). */
export const createDrugMonitoringExtractor: ExtractorFactory = (options) => createEvidenceExtractor('drug-monitoring', 'drug_monitoring', options);
