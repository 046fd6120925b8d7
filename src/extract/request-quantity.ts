import { NUMBER_SOURCE, parseNumber } from '../text/numbers.ts';
import type { TermIndex } from './request-terms.ts';

/** How much a request asks for, and which rules said so. */
export interface RequestAmount {
  quantity: number | null;
  frequencyPerWeek: number | null;
  durationWeeks: number | null;
  ruleIds: string[];
}

const N = `(?:${NUMBER_SOURCE}|single|a\\s+single)`;
const RANGE = `(?<a>${N})(?:\\s*(?:-|–|to|or)\\s*(?<b>${N}))?`;
const WEEK = '(?:a|per|each|every|/)?\\s*(?:week|wk)s?|weekly';
// A rate needs a rate word: "2 x week", "3 visits per week", "2/wk", "twice weekly"; "4 weeks" is a duration.
// "5 days per week" (home care) is a rate of visits too.
const PER_WEEK = '(?:x|times?|visits?|sessions?|days?)\\s*(?:' + WEEK + ')|(?:a|per|each|every|/)\\s*(?:week|wk)s?|weekly';
const num = (s: string | undefined) => (s ? parseNumber(s.replace(/^a\s+single$/i, 'single')) : null);
const upper = (g: Record<string, string | undefined>) => num(g.b) ?? num(g.a);

// Grammar of amounts (units of time, dose units, refills); the count nouns come from the lexicon.
const FREQ = new RegExp(`(?<![\\w/.])${RANGE}\\s*(?:${PER_WEEK})(?![a-z])|(?<w>once|twice|thrice)\\s+(?:${WEEK})`, 'iu');
// Not a rate: "5 days per week" is how often, not how long.
// "2 additional weeks": a continuation word may stand between the number and its unit.
const DURATION = new RegExp(`(?<![\\w/.])${RANGE}[\\s-]*(?:(?:additional|more|further|extra)\\s+)?(?<unit>weeks?|wks?|months?|days?)(?![a-z])(?!\\s*(?:a|per|each|every|/)\\s*(?:week|wk))`, 'iu');
// A program counted in days: "FRP extension, 2 weeks (10 days / 60 hours)" asks for 10 days.
const PROGRAM_DAYS = new RegExp(`(?<![\\w/.#-])(?<n>${N})\\s+(?:(?:program|treatment|additional|more)\\s+)?days?(?![a-z])(?!\\s*(?:a|per|each|every|/)\\s*(?:week|wk))`, 'iu');
// "Synvisc injections, series of 3": a series names how many.
const SERIES = new RegExp(`(?<![A-Za-z])series\\s+of\\s+(?<n>${N})(?![\\w/])(?!\\s*(?:mg|ml|cc|%))`, 'iu');
// Not a spinal level's second number: "L4-5 x1" is one injection at L4-5, not 5 x 1.
const TIMES_PAIR = new RegExp(`(?<![\\w/.]|[A-Za-z]\\d?-)(?<f>${N})\\s*(?:x|times)\\s*(?<d>${N})(?!\\s*(?:\\d|%|mg|a\\s|per\\s|weekly|/))(?![\\w/])`, 'iu');
const DISPENSED = '(?<n>\\d+)(?![\\d/.])(?<unit>\\s*(?:grams?|gm|g|box(?:es)?|tubes?|bottles?|ml|oz)(?![a-z]))?';
const TIMES = new RegExp(`(?:(?<![\\w/])x\\s*|times\\s+|×\\s*|(?<![A-Za-z])(?:qty|quantity)\\s*[:=]?\\s*|#\\s*)${DISPENSED}`, 'iu');
// A drug's pill count: "1 tab BID x 30 days, #60" dispenses 60; the "x 30" is how long.
const POUND = new RegExp(`#\\s*${DISPENSED}`, 'iu');
// Refills after the count, as prescribers write them: "with 2 refills", "x 2 refills", ", 3 refills",
// "w/ 1 RF", "RF x1", "refills: 2" (each refill dispenses the count again).
const REFILL_AFTER = /(?:(?:with|w\/|plus|\+|x|,)\s*(?<r>\w+)\s+(?:refills?|RFs?)(?![a-z])|(?<![a-z])(?:refills?|RF)\s*(?:x|:|#)?\s*(?<r2>\d+)(?![\d/]))/iu;
const REFILL_BEFORE = /(?<r>\w+)\s+refills?\s+of/iu;
// A drug's course written as a dose schedule: "1 tab BID x 30 days" dispenses 60 (tablets per dose
// x doses per day x days), as does "75 mg twice daily for 30 days" (one a dose); the "x 30" is how
// long, not how many. The frequencies and their doses a day are data (request-terms, dose-frequency).
const TABLETS = `(?<n>${N})\\s*(?:tabs?|tablets?|caps?|capsules?|pills?)\\s+(?:(?:po|p\\.o\\.|by\\s+mouth|orally)\\s+)?`;
const COURSE_LENGTH = `\\s*,?\\s*(?:x|×|for)\\s*(?:a\\s+total\\s+of\\s+)?(?<d>${N})[\\s-]*(?<u>days?|weeks?|wks?|months?)(?![a-z])`;
const DAYS_IN: Record<string, number> = { d: 1, w: 7, m: 30 };
// "x 30 days" after a drug is a course length, not a count.
const DAYS_AFTER = /^\s*(?:days?|weeks?|wks?|months?)(?![a-z])/iu;
const EXPLICIT = /\((?<n>\d+)(?:\s+(?:sessions?|visits?|treatments?))?\)/iu;
const VOLUME = /(?<![\d./])(?<n>\d+)\s*ml(?![a-z/])/iu;
const LEADING = new RegExp(`^\\s*(?<n>${N})\\s+(?!(?:${WEEK}|months?|days?|hours?|times|x|mg|%|phase)(?![a-z]))[a-z]`, 'iu');
// "Cervical collar (Miami J), one": a count closing the request after a comma, in digits or words.
const TRAILING = new RegExp(`,\\s*(?<n>${NUMBER_SOURCE})\\s*$`, 'iu');
// "Purchase of one hinged knee brace": a device's count may follow how it is acquired ("a" is no count).
const ACQUIRED = /^\s*(?:purchase|rental|dispensing)\s+of\s+/iu;
// "TENS unit, 1 unit", "(2 units)": how many devices.
const DEVICE_UNITS = new RegExp(`(?<![\\w/.#-])(?<n>${N})\\s+units?(?![a-z])`, 'iu');
// "Compression stockings, 1 pair", "(2 pairs)": a pair is one item of a device worn on both sides.
const PAIRS = new RegExp(`(?<![\\w/.])(?<n>${N})\\s+pairs?(?![a-z])`, 'iu');
// "Voltaren gel 1%, 2 tubes": a topical is dispensed in containers, and their number is how many.
const CONTAINERS = new RegExp(`(?<![\\w/.#%])(?<n>${N})\\s+(?:tubes?|bottles?|box(?:es)?|jars?|canisters?|containers?)(?![a-z])`, 'iu');

/**
 * Parses quantity, frequency and duration from a request as written (`isDevice`: equipment,
 * whose "N units" is how many; `inDays`: a program counted in days, "10 days / 60 hours" is 10): "2 times a week for 3
 * weeks" (6), "2x4" (8), "x6", "12-18 sessions" (the upper value), "#60 with 2 refills" (180),
 * "two refills of ... #90" (180), "one month supply" (4 weeks), "14 days rental" (2 weeks).
 */
export function createAmountParser(terms: TermIndex) {
  // Not a digit after a hyphen: "L4-5 transforaminal injection" names a level, not 5 injections.
  // Tablets a dose may go before the frequency; without them a dose is one ("Lyrica 75 mg twice daily").
  const DOSE_COURSE = new RegExp(`(?<![\\w/.])(?:${TABLETS})?(?<f>${terms.doseFrequencySource})(?![a-z])${COURSE_LENGTH}`, 'iu');
  const UNIT_COUNT = new RegExp(`(?<![\\w/.#]|[A-Za-z]\\d?-)${RANGE}\\s+(?:[a-z-]+\\s+){0,4}?${terms.unitSource}(?![a-z])(?!\\s*(?:a|per|each)\\s+(?:week|wk))`, 'giu');

  return function parseAmount(written: string, isMedication: boolean, isDevice = false, inDays = false): RequestAmount {
    // "Crown, tooth #19": the tooth's number is not how many.
    const text = terms.maskNumbered(written);
    const ruleIds: string[] = [];
    let frequency: number | null = null;
    let duration: number | null = null;
    const f = FREQ.exec(text);
    if (f?.groups) frequency = f.groups.w ? ({ once: 1, twice: 2, thrice: 3 } as Record<string, number>)[f.groups.w.toLowerCase()] : upper(f.groups);
    const d = DURATION.exec(text);
    if (d?.groups) {
      const n = upper(d.groups);
      const unit = d.groups.unit.toLowerCase();
      // Days count in whole weeks, or in months of 30 days ("x 30 days" = 4 weeks, as "one month" is).
      const days = (x: number) => (x % 7 === 0 ? x / 7 : x % 30 === 0 ? (x / 30) * 4 : null);
      if (n !== null) duration = unit.startsWith('m') ? n * 4 : unit.startsWith('d') ? days(n) : n;
    }
    const pair = TIMES_PAIR.exec(text);
    // "2 x 4 weeks": the pair's second number is the duration already read, its first the rate.
    const pairEnd = pair ? pair.index + pair[0].length : -1;
    const pairIsDuration = pair !== null && d !== null && d.index < pairEnd && pairEnd <= d.index + d[0].length;
    if (pair?.groups && frequency === null && (duration === null || pairIsDuration) && !isMedication) {
      frequency = num(pair.groups.f);
      duration ??= num(pair.groups.d);
      ruleIds.push('request.amount.times-pair');
    }
    const paired = ruleIds.includes('request.amount.times-pair') && frequency !== null && duration !== null;
    if (frequency !== null) ruleIds.push('request.amount.frequency');
    if (duration !== null) ruleIds.push('request.amount.duration');

    const found = (rule: string, q: number | null): RequestAmount | null =>
      q === null ? null : { quantity: q, frequencyPerWeek: frequency, durationWeeks: duration, ruleIds: [...ruleIds, rule] };
    // A program counted in days (`dayCounted`): the days it asks for, when stated.
    const programDays = inDays ? PROGRAM_DAYS.exec(text) : null;
    if (programDays?.groups) return found('request.amount.program-days', num(programDays.groups.n))!;
    const pairs = PAIRS.exec(text);
    const pairCount = pairs?.groups ? num(pairs.groups.n) : null;
    if (pairCount !== null) return found('request.amount.pairs', pairCount)!;
    const explicit = EXPLICIT.exec(text);
    if (explicit?.groups && !isMedication) return found('request.amount.explicit', Number(explicit.groups.n))!;
    const series = isMedication ? null : SERIES.exec(text);
    if (series?.groups) return found('request.amount.series', num(series.groups.n))!;
    if (!isMedication) {
      const counts = [...text.matchAll(UNIT_COUNT)].map((m) => upper(m.groups ?? {})).filter((n): n is number => n !== null);
      if (counts.length) return found('request.amount.unit-count', counts.reduce((a, b) => a + b, 0))!;
    }
    // "Custom occlusal orthotic, 1 unit": a device is counted in units (for a drug a unit is a dose).
    const units = isDevice ? DEVICE_UNITS.exec(text) : null;
    if (units?.groups) return found('request.amount.device-units', num(units.groups.n))!;
    if (paired) return found('request.amount.frequency-duration', frequency! * duration!)!;
    const pound = isMedication ? POUND.exec(text) : null;
    const course = isMedication && !pound ? DOSE_COURSE.exec(text) : null;
    if (course?.groups) {
      const perDay = terms.dosesPerDay(course.groups.f);
      const n = course.groups.n ? num(course.groups.n) : 1;
      const days = (num(course.groups.d) ?? 0) * DAYS_IN[course.groups.u[0].toLowerCase()];
      // Each refill dispenses the course again.
      const refill = REFILL_AFTER.exec(text);
      const refills = num(refill?.groups?.r ?? refill?.groups?.r2);
      if (n !== null && perDay && days > 0) return found('request.amount.dose-course', n * perDay * days * ((refills ?? 0) + 1))!;
    }
    const bare = pound ?? TIMES.exec(text);
    const times = bare && isMedication && !pound && DAYS_AFTER.test(text.slice(bare.index + bare[0].length)) ? null : bare;
    // "2 x week x 4 weeks": the "x 4" is the duration already read, so the quantity is 2 x 4.
    if (times && frequency !== null && duration !== null && d && times.index >= (f?.index ?? 0) && times.index < d.index + d[0].length && !isMedication) {
      return found('request.amount.frequency-duration', frequency * duration)!;
    }
    if (times?.groups) {
      let q = Number(times.groups.n);
      const after = REFILL_AFTER.exec(text);
      const before = REFILL_BEFORE.exec(text);
      const refills = num(after?.groups?.r ?? after?.groups?.r2 ?? before?.groups?.r);
      if (refills !== null && !times.groups.unit) q = after ? q * (refills + 1) : q * refills;
      return found(refills !== null ? 'request.amount.refills' : 'request.amount.times', q)!;
    }
    const containers = isMedication ? CONTAINERS.exec(text) : null;
    if (containers?.groups) return found('request.amount.containers', num(containers.groups.n))!;
    const trailing = TRAILING.exec(text);
    const last = trailing?.groups ? num(trailing.groups.n) : null;
    if (last !== null && Number.isInteger(last)) return found('request.amount.trailing-count', last)!;
    const lead = LEADING.exec(isDevice ? text.replace(ACQUIRED, '') : text);
    if (lead?.groups) return found('request.amount.leading-count', num(lead.groups.n))!;
    if (frequency !== null && duration !== null) return found('request.amount.frequency-duration', frequency * duration)!;
    const volume = isMedication ? VOLUME.exec(text) : null;
    if (volume?.groups) return found('request.amount.volume', Number(volume.groups.n))!;
    return { quantity: null, frequencyPerWeek: frequency, durationWeeks: duration, ruleIds };
  };
}
