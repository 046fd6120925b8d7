import type { Fact } from '../core/fact.ts';
import type { Modality } from '../core/modality.ts';
import { createModalityFinder } from '../extract/modality.ts';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.ts';
import { isInForce, statesAbsence } from './facts-in-force.ts';

/** Sessions of one modality a review authorised, and the fact that says so. */
export interface AuthorizedCount {
  count: number;
  fact: Fact;
}

// The count opening an authorisation ("#6 was authorized", "approved for eight visits"), in digits
// or words as src/text/numbers.ts reads them.
const FIRST_NUMBER = new RegExp(`(?<![A-Za-z0-9])(?:#\\s?)?(${NUMBER_SOURCE})(?![A-Za-z0-9])`, 'iu');

/** The first number in an authorisation, or null. */
function numberIn(text: string): number | null {
  const m = FIRST_NUMBER.exec(text);
  return m ? parseNumber(m[1]) : null;
}

/**
 * The largest number of sessions of `modality` the record says were authorised, certified or
 * approved (care-course kind `authorized_sessions`), or null. The modality is the one named in
 * the authorisation's own words, else the first one its sentence names; an authorisation whose
 * sentence names no modality, or another one, is not counted.
 */
export function findAuthorizedCount(facts: Fact[], modality: Modality): AuthorizedCount | null {
  return largestCount(facts, modality, ['authorized_sessions'], (f) => isInForce(f) && !statesAbsence(f), 0);
}

/**
 * The largest count above `above` among care-course facts of `kinds` that `usable` keeps and whose
 * own words (else their sentence) name `modality` first.
 */
function largestCount(facts: Fact[], modality: Modality, kinds: string[], usable: (f: Fact) => boolean, above: number): AuthorizedCount | null {
  const finder = createModalityFinder();
  let best: AuthorizedCount | null = null;
  for (const fact of facts) {
    if (fact.type !== 'care_course' || !kinds.includes((fact.value as { kind: string }).kind) || !usable(fact)) continue;
    const named = finder.primary(fact.text) ?? finder.primary(fact.sentence);
    if (named?.modality !== modality) continue;
    const count = numberIn(fact.text);
    if (count !== null && count > above && (!best || count > best.count)) best = { count, fact };
  }
  return best;
}

/**
 * Facts saying a review certified part of a request of `modality` (care-course kinds
 * `request_modified` and `authorized_sessions`): a trial already granted, whose results are owed
 * before more of the same care is approved (MTUS Chronic Pain PT-5). The modality is the first one
 * the fact's sentence names; a modification naming no modality, or another one, is left out.
 * Pass every fact (negated ones included): the context is judged here.
 */
export function findCertifiedTrial(facts: Fact[], modality: Modality): Fact[] {
  const finder = createModalityFinder();
  return facts.filter((fact) => {
    if (fact.type !== 'care_course' || statesAbsence(fact)) return false;
    const kind = (fact.value as { kind: string }).kind;
    if (kind !== 'request_modified' && kind !== 'authorized_sessions' && kind !== 'modified_sessions') return false;
    // A review's modification is about a request by nature: the word "request" near it marks the
    // sentence as a plan (hypothetical), which does not make the modification any less done.
    const c = fact.context;
    if (c.negated || c.family || (c.hypothetical && kind === 'authorized_sessions')) return false;
    return (finder.primary(fact.sentence) ?? finder.primary(fact.text))?.modality === modality;
  });
}

/**
 * The sessions of `modality` a review certified when it modified the request ("modified to 6
 * sessions", kind `modified_sessions`, or "nine visits were authorized" reported in a request
 * sentence), when the item asks fewer than that: a modification certifies less than was asked,
 * so an item below the certified count is the non-certified remainder the IMR reviews, and the
 * course is the two together (MTUS Chronic Pain, Physical Medicine and Manual Therapy totals).
 * An item asking as many or more is the original request, whose certified part it already holds.
 */
export function findCertifiedRemainder(facts: Fact[], modality: Modality, requested: number): AuthorizedCount | null {
  // Reported in a sentence about the request, a review's decision reads as a plan (hypothetical).
  const usable = (f: Fact) => !statesAbsence(f) && !f.context.negated && !f.context.family;
  return largestCount(facts, modality, ['modified_sessions', 'authorized_sessions'], usable, requested);
}
