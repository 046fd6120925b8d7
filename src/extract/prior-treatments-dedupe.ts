import type { FactContext } from '../core/context.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import type { Candidate } from './extractor.ts';

/** A prior-treatment candidate. */
export type PriorCandidate = Extract<Candidate, { type: 'prior_treatment' }>;

const contextKey = (c: FactContext) =>
  [c.negated, c.hypothetical, c.family, c.documentationGap].map((b) => (b ? 1 : 0)).join('');

/**
 * Drops repeats the annotators count once: the same modality mentioned again with no new count
 * (in the same assertion state, so a planned mention never hides a received one).
 */
export function dedupePriorTreatments(ad: AnalyzedDocument, cands: PriorCandidate[]): PriorCandidate[] {
  const keyed = cands.map((c) => ({ c, ctx: contextKey(ad.contextOf(c.start, c.end)) }));
  const counted = new Set(keyed.filter((k) => k.c.value.count !== null).map((k) => `${k.c.value.modality}|${k.ctx}`));
  const seen = new Set<string>();
  return keyed.filter(({ c, ctx }) => {
    const base = `${c.value.modality}|${ctx}`;
    if (c.value.count === null && counted.has(base)) return false;
    const key = `${base}|${c.value.count}|${c.value.countQualifier}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((k) => k.c);
}

// "Treatment #6 of 6 authorized completed", "Visit # 4": the number of this visit, with no treatment named.
const VISIT_NUMBER = /(?<![A-Za-z])(?:treatment|visit|session|tx)\s*#\s*(?<n>[1-9][0-9]?)(?:\s*(?:of|\/)\s*[1-9][0-9]?)?(?![0-9])/iu;

/**
 * The visit number of a sentence that names no treatment ("Treatment #6 of 6 completed"): in a
 * note about one therapy it is the count so far of the treatment the note last named.
 */
export function visitNumber(sentence: string): { count: number; start: number; end: number } | null {
  const m = VISIT_NUMBER.exec(sentence);
  return m?.groups ? { count: Number(m.groups.n), start: m.index, end: m.index + m[0].length } : null;
}
