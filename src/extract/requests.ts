import type { Fact } from '../core/fact.ts';
import type { RequestedItem } from '../core/request.ts';
import type { ExtractorOptions } from './extractor.ts';

/** STUB: replaced by the real request parser. */
export function createRequestParser(_options: ExtractorOptions = {}) {
  return function parseRequest(text: string, index: number, _facts: Fact[]): RequestedItem {
    return { index, text, modality: 'other', quantity: null, frequencyPerWeek: null, durationWeeks: null, bodyRegion: null, continuation: false, continuationBasis: null, ruleIds: [] };
  };
}
export type RequestParser = ReturnType<typeof createRequestParser>;
