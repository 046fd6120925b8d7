import type { Match } from '../text/matcher.ts';
import type { MedicationEntry } from './medications-lexicon.ts';

/** Shortest misspelled word considered, and the lengths from which one or two edits are allowed. */
const MIN_LENGTH = 8;
const TWO_EDITS_FROM = 10;
/** Endings of ordinary English and diagnosis words that sit one edit from a drug ("singular", "neuronitis"). */
const WORDY = /(?:itis|osis|ular|tion|sion|ment|ness|able|ible|ally|ings?|ized?|ous|ive|ies)$/i;

/** Optimal-string-alignment distance (edits and adjacent swaps), stopping early above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length][b.length];
}

/**
 * Finds misspelled drug names ("ophenadrine", "ketoprophen"): a long word that is not itself a
 * drug and lies within one edit (two for long words) of a one-word drug name with the same first
 * letter. Summaries copy names as the records spell them, and the name is kept as written.
 */
export function createFuzzyDrugFinder(entries: readonly MedicationEntry[]) {
  const words = entries.flatMap((entry) => entry.literals
    .filter((l) => /^[A-Za-z]+$/.test(l) && l.length >= MIN_LENGTH - 1)
    .map((l) => ({ word: l.toLowerCase(), entry })));

  return function find(text: string, exact: Match<MedicationEntry>[]): Match<MedicationEntry>[] {
    const out: Match<MedicationEntry>[] = [];
    for (const m of text.matchAll(/(?<![A-Za-z])[A-Za-z]{8,}(?![A-Za-z])/g)) {
      const start = m.index;
      const end = start + m[0].length;
      if (exact.some((e) => e.start < end && start < e.end) || WORDY.test(m[0])) continue;
      const token = m[0].toLowerCase();
      const limit = token.length >= TWO_EDITS_FROM ? 2 : 1;
      const hit = words.find((w) => w.word[0] === token[0] && w.word !== token && distance(token, w.word, limit) <= limit);
      if (hit) out.push({ entry: hit.entry, start, end, text: m[0], groups: {} });
    }
    return out;
  };
}
