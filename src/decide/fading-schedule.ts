import type { RequestedItem } from '../core/request.ts';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.ts';

// "1 to 2 times per week", "1-2x/week": a rate given as a range. The request parser keeps the
// upper end (src/extract/request-quantity.ts); this reads the lower one back from the words.
const RATE_RANGE = new RegExp(
  `(?<![\\w/.])(?<low>${NUMBER_SOURCE})\\s*(?:-|–|to)\\s*(?<high>${NUMBER_SOURCE})\\s*(?:x|times?|visits?|sessions?)\\s*(?:a|per|each|every|/)?\\s*(?:week|wk)`,
  'iu',
);

/**
 * The number of visits a request asks at the low end of a weekly rate range, or null. MTUS
 * physical medicine asks for fading frequency ("from up to 3 visits per week to 1 or less") and
 * the acupuncture guideline gives its own rate as a range (1 to 3 times per week, 9792.24.1(c)(1)):
 * a request written as such a range ("1 to 2 times per week for 4 weeks") is a fading schedule
 * whose committed course is the low end. Only when the parsed quantity is the high end times the
 * duration, so a stated total ("(8 sessions)") stands.
 */
export function fadingScheduleMinimum(item: RequestedItem): number | null {
  const m = RATE_RANGE.exec(item.text);
  if (!m?.groups || item.durationWeeks === null || item.quantity === null) return null;
  const low = parseNumber(m.groups.low);
  const high = parseNumber(m.groups.high);
  if (low === null || high === null || low >= high) return null;
  if (item.quantity !== high * item.durationWeeks) return null;
  return low * item.durationWeeks;
}
