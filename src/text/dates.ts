/**
 * Calendar dates as records write them ("10-13-16", "11 -01-2016", "10/14/ 2016",
 * "October 24, 2016", "5th of June 2015"), as a regular-expression source for lexicon patterns and
 * a parser to ISO. Month names are grammar, not domain vocabulary, so they live here.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_SOURCE =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** A full date (day, month and year) in digits or with a month name; no capture groups. */
export const DATE_SOURCE =
  '(?:(?<![0-9./-])\\d{1,2}\\s?[-/.]\\s?\\d{1,2}\\s?[-/.]\\s?(?:\\d{4}|\\d{2})(?![0-9]|[./-]\\d)' +
  `|(?<![A-Za-z])${MONTH_SOURCE}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![0-9]),?\\s+\\d{4}(?![0-9])` +
  `|(?<![0-9])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SOURCE},?\\s+\\d{4}(?![0-9]))`;

/** Two-digit years: up to this year's two digits is this century, above is the last ("98" -> 1998). */
function fullYear(raw: string, today: Date): number {
  if (raw.length === 4) return Number(raw);
  const yy = Number(raw);
  return yy <= today.getFullYear() % 100 ? 2000 + yy : 1900 + yy;
}

function monthOf(word: string): number | null {
  const i = MONTHS.indexOf(word.toLowerCase().slice(0, 3));
  return i < 0 ? null : i + 1;
}

/**
 * Parses a date matched by DATE_SOURCE to `YYYY-MM-DD`; null when it is not a real calendar date
 * or lies outside 1950..today (an injury cannot be in the future).
 */
export function parseDate(raw: string, today: Date = new Date()): string | null {
  const s = raw.replace(/\s+/g, ' ').trim();
  let y: number;
  let m: number | null;
  let d: number;
  const numeric = /^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{2}|\d{4})$/.exec(s);
  const named = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]+)\.?,? (\d{4})$/.exec(s);
  if (numeric) [m, d, y] = [Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3], today)];
  else if (named) [m, d, y] = [monthOf(named[1]), Number(named[2]), Number(named[3])];
  else if (dayFirst) [m, d, y] = [monthOf(dayFirst[2]), Number(dayFirst[1]), Number(dayFirst[3])];
  else return null;
  if (m === null || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1950 || date.getTime() > today.getTime()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
