import type { CaseResult } from '../core/case-result.ts';

/**
 * Document metadata fields that name who wrote a record, best first. Case JSON headers of the
 * notes corpus carry `specialty`; intake of other sources may add `provider` or `facility`.
 */
const PROVIDER_KEYS = ['provider', 'treating_provider', 'facility', 'specialty'];

/** The provider (or specialty) a case's documents name, or null when none does. */
export function providerOf(result: Pick<CaseResult, 'documents'>): string | null {
  for (const key of PROVIDER_KEYS) {
    for (const d of result.documents) {
      const v = d.metadata[key]?.trim();
      if (v) return v;
    }
  }
  return null;
}
