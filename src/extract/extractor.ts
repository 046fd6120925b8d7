import type { FactType, FactValue } from '../core/fact.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';

/**
 * What an extractor emits: a typed value at a range of the normalised text, with the id of the
 * lexicon entry or rule that produced it. Provenance (page, sentence, section, context) is added
 * in one place, `toFacts`, so every extractor gets it the same way.
 */
export type Candidate = {
  [T in FactType]: { type: T; value: FactValue<T>; start: number; end: number; ruleId: string };
}[FactType];

/** A pure extraction stage: an analysed document in, candidates out. */
export interface Extractor {
  id: string;
  produces: FactType[];
  extract(doc: AnalyzedDocument): Candidate[];
}

export interface ExtractorOptions {
  lexiconDir?: string;
  /** Whether learned readers (`pipelines/models/`) run beside the rules; off to measure the rules alone. */
  learned?: boolean;
}

export type ExtractorFactory = (options: ExtractorOptions) => Extractor;
