import type { Extension, Reference } from '@medplum/fhirtypes';
import type { Fact } from '../../core/fact.ts';
import { EXTENSION_BASE } from './fhir-ids.ts';

/** Context categories that fired on a fact, as codes. */
function contextCodes(fact: Fact): string[] {
  const c = fact.context;
  return [c.negated && 'negated', c.possible && 'possible', c.hypothetical && 'hypothetical', c.historical && 'historical',
    c.family && 'family', c.documentationGap && 'documentation-gap'].filter((x): x is string => typeof x === 'string');
}

/**
 * The evidence span of one fact, as a complex extension on the DocumentReference it was quoted
 * from: which fact and resource, page, character offsets into the document text, the quote, the
 * rule that found it and the context that fired.
 */
export function spanExtension(fact: Fact, resource: Reference | null): Extension {
  const sub: Extension[] = [
    { url: 'fact', valueString: fact.id },
    { url: 'type', valueCode: fact.type },
    { url: 'page', valueInteger: fact.span.page },
    { url: 'start', valueInteger: fact.span.start },
    { url: 'end', valueInteger: fact.span.end },
    { url: 'quote', valueString: fact.text },
    { url: 'rule', valueString: fact.ruleId },
  ];
  if (fact.section) sub.push({ url: 'section', valueCode: fact.section });
  for (const code of contextCodes(fact)) sub.push({ url: 'context', valueCode: code });
  if (resource) sub.push({ url: 'resource', valueReference: resource });
  return { url: `${EXTENSION_BASE}/evidence-span`, extension: sub };
}
