import { distance as levenshtein } from 'fastest-levenshtein';
import natural from 'natural/lib/natural/distance/levenshtein_distance.js';
import type { Match } from '../text/matcher.ts';
import type { MedicationEntry } from './medications-lexicon.ts';

const { DamerauLevenshteinDistance } = natural;

/** Shortest misspelled word considered, and the lengths from which one or two edits are allowed. */
const MIN_LENGTH = 8;
const TWO_EDITS_FROM = 10;
/** Endings of ordinary English and diagnosis words that sit one edit from a drug ("singular", "neuronitis"). */
const WORDY = /(?:itis|osis|ular|tion|sion|ment|ness|able|ible|ally|ings?|ized?|ous|ive|ies)$/i;

/**
 * Optimal-string-alignment distance (edits and adjacent swaps) from natural's restricted
 * Damerau-Levenshtein, computed only where it can matter: OSA <= Levenshtein <= 2 x OSA, so the
 * fast bit-parallel Levenshtein settles most pairs and natural runs only near the limit.
 * (natural's distance submodule is imported alone: its index loads dotenv and WordNet.)
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const lev = levenshtein(a, b);
  if (lev <= limit || lev > 2 * limit) return lev;
  return DamerauLevenshteinDistance(a, b, { restricted: true });
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
