import { EMPTY_CONTEXT, type ContextCategory, contextFromTriggers } from '../../../src/core/context.ts';
import { Fact, type FactType, type FactValue } from '../../../src/core/fact.ts';
import { RequestedItem } from '../../../src/core/request.ts';

/**
 * Builds a valid fact by hand (parsed with the real schema, so a test cannot pass on a malformed
 * fact). `context` lists ConText categories that fired on it, e.g. ['documentation_gap'].
 */
export function makeFact<T extends FactType>(
  id: string, type: T, value: FactValue<T>, text: string,
  options: { context?: ContextCategory[]; section?: string | null } = {},
): Fact {
  const triggers = (options.context ?? []).map((category) => ({ category, text: 'trigger', start: 0, end: 7, ruleId: `test.${category}` }));
  return Fact.parse({
    id, type, value, text,
    span: { document: 'doc-1', page: 1, start: 0, end: text.length },
    sentence: text,
    section: options.section ?? null,
    context: triggers.length ? contextFromTriggers(triggers) : EMPTY_CONTEXT,
    ruleId: `test.${type}`,
  });
}

/** A requested item with the given fields; the rest are null / false. */
export function makeItem(fields: Partial<RequestedItem> & Pick<RequestedItem, 'modality'>): RequestedItem {
  return RequestedItem.parse({
    index: 1, text: 'requested treatment', quantity: null, frequencyPerWeek: null, durationWeeks: null,
    bodyRegion: null, continuation: false, continuationBasis: null, ruleIds: [], ...fields,
  });
}
