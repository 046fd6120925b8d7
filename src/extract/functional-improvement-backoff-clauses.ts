import type { AnalyzedDocument } from '../text/analyze.ts';

/** A clause of a sentence: the back-off's unit, where a topic and a change cue must meet. */
export interface Clause { start: number; end: number; sentence: number }

/**
 * Clauses: sentences cut at a semicolon, a dash between spaces, or "but", "however", "although",
 * "whereas", except at a break a connector starts in (`joins`: "whereas in June" compares the clauses).
 */
export function clausesOf(ad: AnalyzedDocument, joins: readonly { start: number; end: number }[] = []): Clause[] {
  const out: Clause[] = [];
  ad.sentences.forEach((s, n) => {
    let start = s.start;
    for (const b of s.text.matchAll(CLAUSE_BREAK)) {
      const end = s.start + (b.index ?? 0);
      if (joins.some((j) => j.start >= end && j.start < end + b[0].length)) continue;
      if (end > start) out.push({ start, end, sentence: n });
      start = end + b[0].length;
    }
    if (s.end > start) out.push({ start, end: s.end, sentence: n });
  });
  return out;
}
const CLAUSE_BREAK = /;|\s[-–—]+\s|,?\s+(?:but|however|although|though|whereas|while|yet)\s+|\n/giu;

/** The index of the clause holding an offset, or -1. */
export function clauseIndex(clauses: Clause[], offset: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid].end <= offset) lo = mid + 1;
    else if (clauses[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A match on word boundaries (patterns open on a word, so the boundary before is checked here). */
export function bounded(text: string, start: number, end: number): boolean {
  return !(/[A-Za-z0-9]/u.test(text[start - 1] ?? '') && /[A-Za-z0-9]/u.test(text[start] ?? ''))
    && !(/[A-Za-z0-9]/u.test(text[end] ?? '') && /[A-Za-z0-9]/u.test(text[end - 1] ?? ''));
}
