import type { DrugClassName as DrugClass } from './drug-class.ts';
import type { RequestedItem } from '../core/request.ts';
import type { LoadedRulePack } from './rule-pack-schema.ts';

/** Parsed modalities of a request that may be a drug request (the parser falls back to `other`). */
const DRUG_REQUESTS = new Set(['medication', 'other']);

const matches = (patterns: readonly string[], text: string) => patterns.some((p) => new RegExp(p, 'iu').test(text));

/**
 * Chooses the pack that governs an item, most specific first: a pack whose request patterns match
 * the request as written (packs are tried in pipeline order, so a region- or drug-specific pack
 * listed first wins), then, for a drug request, a pack for the item's drug class, then a pack
 * for its parsed modality alone. Matching the request's own words keeps screening working when the parser falls back to
 * modality `other`.
 */
export function selectPack(packs: LoadedRulePack[], item: RequestedItem, drugClass: DrugClass | null): LoadedRulePack | null {
  const byText = packs.find((p) => p.appliesTo.requestPatterns.length > 0 && matches(p.appliesTo.requestPatterns, item.text));
  if (byText) return byText;
  // A drug named inside a procedure ("injection of lidocaine and dexamethasone to the knee") does
  // not make the procedure a medication request: the class decides only for drug requests.
  if (drugClass && DRUG_REQUESTS.has(item.modality)) {
    const byClass = packs.find((p) => p.appliesTo.drugClasses.includes(drugClass));
    if (byClass) return byClass;
  }
  return packs.find((p) => p.appliesTo.modalities.includes(item.modality) && p.appliesTo.requestPatterns.length === 0)
    ?? packs.find((p) => p.appliesTo.modalities.includes(item.modality))
    ?? null;
}
