import type { AnalyzedDocument } from '../text/analyze.ts';
import type { ExtractorOptions } from './extractor.ts';
import { createPriorTreatmentsExtractor } from './prior-treatments.ts';

/**
 * Reads which modalities of care a record shows the worker received, for evidence entries that
 * count only after a course of care (`requiresPriorCare`). It reuses the prior-treatments
 * extractor, which already tells care received from care planned or requested, and keeps only
 * mentions in force: a negated ("has not had physical therapy"), hypothetical, family or
 * documentation-gap ("no documentation of prior therapy") mention is not a course received.
 * The extractor keeps what it read per document, so the pipeline reads each document once.
 */
export function createPriorCareReader(options: ExtractorOptions): (ad: AnalyzedDocument) => Set<string> {
  const priors = createPriorTreatmentsExtractor(options);
  return (ad) => {
    const received = new Set<string>();
    for (const c of priors.extract(ad)) {
      if (c.type !== 'prior_treatment') continue;
      const ctx = ad.contextOf(c.start, c.end);
      if (ctx.negated || ctx.hypothetical || ctx.family || ctx.documentationGap) continue;
      received.add(c.value.modality);
    }
    return received;
  };
}
