/**
 * Number words as clinical text writes counts: "twelve", "twenty-four", "a dozen", and the
 * legal style "five (5)". Vocabulary that is grammar rather than domain lives here; domain words
 * live in `pipelines/lexicons/`.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, single: 1, once: 1, twice: 2, thrice: 3, dozen: 12, both: 2, couple: 2,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A regular-expression source matching a count written in digits or words (no capture groups). */
export const NUMBER_SOURCE =
  `(?:\\d+(?:\\.\\d+)?|(?:${Object.keys(TENS).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(UNITS).filter((w) => !['both', 'couple', 'once', 'twice', 'thrice', 'single'].includes(w)).join('|')})(?:\\s*\\(\\d+\\))?`;

/** Parses "12", "twelve", "twenty-four", "five (5)" (the digits win), "a dozen"; null otherwise. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  const paren = /\((\d+(?:\.\d+)?)\)\s*$/.exec(s);
  if (paren) return Number(paren[1]);
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const words = s.replace(/^an?\s+/, '').split(/[\s-]+/);
  if (words.length === 1 && words[0] in UNITS) return UNITS[words[0]];
  if (words.length === 1 && words[0] in TENS) return TENS[words[0]];
  if (words.length === 2 && words[0] in TENS && words[1] in UNITS && UNITS[words[1]] < 10) return TENS[words[0]] + UNITS[words[1]];
  return null;
}
