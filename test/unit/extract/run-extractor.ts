import { createDocument } from '../../../src/core/document.ts';
import type { Fact } from '../../../src/core/fact.ts';
import type { Candidate, Extractor } from '../../../src/extract/extractor.ts';
import { toFacts } from '../../../src/extract/provenance.ts';
import { isAsserted } from '../../../src/report/assertion.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';

const analyze = createAnalyzer();

/** One extractor over a one-page note, the way the pipeline runs it, for unit tests. */
export function runExtractor(extractor: Extractor) {
  const analyzed = (text: string) => analyze(createDocument({ id: 'doc-1', source: 't.txt', kind: 'text', pages: [{ text }] }));
  return {
    /** Raw candidates, before provenance and context. */
    candidates: (text: string): Candidate[] => extractor.extract(analyzed(text)),
    /** Facts the export would count: with provenance and context, asserted only. */
    asserted(text: string): Fact[] {
      const ad = analyzed(text);
      return toFacts(ad, extractor.extract(ad)).map((f, i) => ({ ...f, id: `f-${i}` }) as Fact).filter(isAsserted);
    },
  };
}
