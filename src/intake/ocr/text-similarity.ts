import { distance } from 'fastest-levenshtein';

/**
 * Collapses every run of whitespace (spaces, tabs, line breaks, form feeds) to one space and trims,
 * so text extracted by different tools (pdf.js, pdftotext, OCR) compares on its characters only.
 */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Character-level similarity of two texts after whitespace normalisation: one minus the
 * Levenshtein distance over the longer length (1 = identical, 0 = nothing in common). Uses the
 * bit-parallel Myers algorithm of fastest-levenshtein, so letters of ~20k characters take
 * milliseconds rather than the seconds of the quadratic textbook version.
 */
export function textSimilarity(a: string, b: string): number {
  const x = normaliseWhitespace(a);
  const y = normaliseWhitespace(b);
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 1;
  return 1 - distance(x, y) / longer;
}
