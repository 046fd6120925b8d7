import type { FactValue } from '../core/fact.ts';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.ts';
import type { TermIndex } from './request-terms.ts';

type Qualifier = FactValue<'prior_treatment'>['countQualifier'];

/** A count stated next to a modality mention, and the range of text that carries both. */
export interface StatedCount {
  count: number;
  qualifier: NonNullable<Qualifier>;
  start: number;
  end: number;
  /** A running total stated with a count of visits ("6 additional visits of PT for a total of about 30"). */
  total?: StatedCount;
}

const NUM = NUMBER_SOURCE;
// Grammar between a count and the treatment it counts ("5 previous", "sessions of", "of 6").
const FILLER = '(?:(?:previous|prior|additional|more|total|separate|recent|further|completed|authorized|approved|successful|documented|diagnostic|therapeutic|confirmatory|visits?\\s+of|sessions?\\s+of|treatments?\\s+of|courses?\\s+of|rounds?\\s+of|sets?\\s+of|series\\s+of)\\s+){0,3}';
const MAX_COUNT = 100;
// Counts of courses, not visits: a total stated with them replaces them.
const COURSES = /(?<![A-Za-z])(?:rounds?|courses?|series|sets?|blocks?)(?![A-Za-z])/iu;
// A symbol qualifier sticks to its number (">18 visits", "~20 sessions"); a word one is spaced.
const QSEP = '(?:\\s+|(?<=[<>~])\\s*)';
// Where a treatment was given, between it and its "x1": "injection into the right carpal tunnel x1",
// or in shorthand a side and the part without a preposition: "steroid injection L thumb x1".
const SITE = '(?:\\s+(?:(?:into|in|to|at|of|for|on)\\s+(?:the\\s+)?|(?:L|R|B|left|right|bilat(?:eral)?|lt|rt)\\.?\\s+)(?:[A-Za-z-]+\\s+){0,3}?[A-Za-z-]+\\s*)?';
// A spinal level or a run of them: "L5-S1", "C5-6", "L4/5", "L4-5, L5-S1".
const SPINAL_LEVEL = '[CTLS]\\d{1,2}(?:\\s*[-/]\\s*[CTLS]?\\d{1,2})?';
// Spinal levels and sides between a procedure and its "x2": "RFA L3-S1 bilat x2", "MBB L4-5 R x1".
const LEVELS = `(?:\\s+(?:${SPINAL_LEVEL}|bilat(?:eral(?:ly)?)?\\.?|left|right|L|R)(?![A-Za-z0-9]))*\\s*`;
// Sides and spinal levels between a count and its procedure, in shorthand: "two L L5-S1 TFESIs",
// "three R C5-6 CESIs", "2 bilat L4-5, L5-S1 MBBs".
const SIDE_LEVEL = `(?:${SPINAL_LEVEL}(?:\\s*(?:,|&|and)\\s*${SPINAL_LEVEL})*|bilat|L|R|B|lt|rt)\\.?`;
// A new subject opens a clause whose count is its own: "after surgery she has attended a total of 16".
const NO_SUBJECT = '(?:(?!(?<![A-Za-z])(?:he|she|they|patient|pt|the\\s+patient)\\s)[^.;:])';
// "a second surgery", "a third Synvisc injection": the ordinal of the latest one is the count so far.
// Written ordinals are words; numeric ones ("her 8th chiropractic visit") are read as their digits.
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const ORDINAL_WORDS = `${Object.keys(ORDINALS).join('|')}|[1-9][0-9]?(?:st|nd|rd|th)`;
// "x 9", "9 times", "9x": a count of occasions, unless it is a weekly frequency ("3 times a week").
// "24+", "20-plus", "20 plus": a lower bound.
const PLUS = '\\+|[- ]plus(?![A-Za-z])';
// "1 x week", "2x/wk", "1 x per month": the article is often dropped in PR-2 shorthand.
const NOT_RATE = '(?!\\s*(?:(?:a|an|per|each|every|/)\\s*)?(?:week|wk|month|mo|day)(?![a-z])|\\s*(?:weekly|biweekly|monthly|daily)|\\s*every\\s)';
const NOT_FREQUENCY = `${NOT_RATE}(?!\\s*\\d)`;
// "Botox 155 units on two occasions": a dose between a treatment and its count is not the count.
const DOSE = '(?:\\s+\\d+(?:\\.\\d+)?\\s*(?:units?|u|iu|mg|mcg|ml|cc)(?![A-Za-z]))?';
// "fusion in 2021, 20 sessions of PT": sessions "of" a named treatment are that treatment's count.
const NOT_OTHERS = '(?!\\s+of\\s+(?!(?:therapy|treatment|care|it|them|this|that|which)(?![A-Za-z]))[A-Za-z])';
// "EMS x 15 min", "PT R shoulder x 2 weeks": how long a treatment or a course lasted, not how many there were.
const NOT_TIMED = '(?!\\s*(?:min|mins|minutes|hrs?|hours?|secs?|seconds|weeks?|wks?|months?|mos?)(?![a-z]))';
// "6 of 8 authorized visits", "4/6 visits": the size of the authorised course between a count and its unit.
const OF_COURSE = `(?:\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:${NUM})(?:\\s+(?:authorized|approved|certified|prescribed|allotted|planned|scheduled))?|\\s*/\\s*\\d{1,2}(?![\\d/]))`;
// "Biofeedback/relaxation training x4": a second name joined by a slash belongs to the treatment.
const CO_NAME = '(?:\\s*/\\s*[A-Za-z][A-Za-z-]*(?:\\s+(?:training|therapy|exercises?|program|techniques?|skills))?)?';
// "OT course of 12 visits": the course's size after its noun.
const COURSE_OF = '(?<=(?:courses?|series|rounds?|blocks?)\\s+)of\\s+';
// "(certified hand therapist) x 16": a short aside without numbers between a treatment and its count.
const ASIDE = '(?:\\s*\\([^()\\d]{1,40}\\))?';
// "(he believes 10 or 12 visits)": the worker's own estimate, an approximate count.
const HEDGE = '(?:(?:he|she|they|patient|pt)\\s+(?:believes|thinks|estimates|recalls|reports|states|says)\\s+)';
// "she thinks she had", "he recalls receiving": the worker's estimate of a count, as a clause.
const HEDGE_CLAUSE = '(?:he|she|they|the\\s+patient|patient|pt)\\s+(?:thinks|believes|estimates|recalls|reports|states|says|guesses)\\s+(?:that\\s+)?(?:(?:he|she|they)\\s+(?:had|has\\s+had|received|attended|completed|went(?:\\s+to)?)|(?:having|receiving|attending)|(?:it\\s+was|there\\s+were))\\s+';
// "8 or so", "about 8 or so": an estimate.
const OR_SO = '(?<orso>\\s+or\\s+so)';
// A quotation mark around a count the record quotes ('"about 8 or so" visits').
const QUOTE = '["\u201c\u201d]?';
// "6 visits of vestibular PT", "8 sessions of aquatic PT": after "sessions of", up to two words of the
// kind of treatment before its name (no function word: "8 sessions of chiro and PT" counts chiro only).
const KIND = '(?:(?!(?:and|or|with|plus|then|but|after|before|for|to|in|at|on|by|from|his|her|their|which|that|was|were)\\s)[a-z][a-z-]*\\s+){0,2}';
// "1 C-ESI", "2 L-ESIs": the spinal region's letter joined to the procedure by a hyphen.
const REGION_LETTER = '(?:[CTL]-)?';

/**
 * Finds the count of one mention: before it ("at least five (5) physical therapy sessions",
 * "completed 4 of 6 chiropractic visits", "#3 sessions chiropractic", "eight or nine visits of
 * chiropractic care") or after it ("PT x 8", "physical therapy 4 visits", "surgery ×2",
 * "physical therapy on two occasions", "Acupuncture, 6 of 6 sessions attended"); descriptors may stand
 * between a count and its treatment ("three cervical ESIs"). Ranges and alternatives take the upper value.
 * Also "hand therapy 9 times" (not "3 times a week"), "about a dozen PT visits" (approx), "24+ PT
 * visits" (at_least), "the 3rd lumbar ESI", and a stated total over a number of courses ("2 rounds
 * of PT totaling approx. 24 visits" is 24, approx).
 */
export function createCountFinder(terms: TermIndex) {
  const UNIT = terms.unitSource;
  // A unit right after a bare number ("Acupuncture: 1 session"), compiled once, not per match.
  const UNIT_NEXT = new RegExp(`^\\s*(?:${UNIT})(?![A-Za-z])`, 'iu');
  const QUAL = terms.qualifierSource;
  // Descriptors between the count and the treatment: "three cervical ESIs", "10 post-operative PT sessions".
  const DESC = `(?:(?:${terms.descriptorSource}|${SIDE_LEVEL})\\s+){0,4}`;
  // Not the "x 12" of the item before ("PT x 12 Chiro x 6", a one-per-line list run together).
  const before = new RegExp(
    `(?<![\\w/.-])(?<!(?<![A-Za-z])[x×]\\s{0,3})(?:(?<qual>${QUAL})${QSEP})?(?:a\\s+)?#?\\s*(?<n>${NUM})(?<plus>${PLUS})?(?:\\s*(?<alt>or|to|-|–)\\s*(?<n2>${NUM}))?` +
    `(?:\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:${NUM})|(?<frac>/\\d{1,2}))?\\s+(?:${UNIT}\\s+of\\s+${KIND}|${UNIT}\\s+)?${FILLER}${DESC}(?:${UNIT}\\s+(?:of\\s+)?)?(?:the\\s+)?${REGION_LETTER}$`, 'iu');
  // "two sets of 6 aquatic therapy sessions": a number of courses of a stated size multiplies it.
  const sets = new RegExp(`(?<![\\w/.-])(?<k>${NUM})\\s+(?:sets?|rounds?|courses?|series|blocks?)\\s+of\\s+$`, 'iu');
  // "a second lumbar ESI", "the 3rd ESI overall": the ordinal of the latest one is the count so far.
  const ordinal = new RegExp(`(?<![\\w])(?:a|the|his|her|their)\\s+(?<ord>${ORDINAL_WORDS})\\s+${FILLER}${DESC}$`, 'iu');
  // "2 rounds of PT totaling approx. 24 visits": a stated total beats the number of courses.
  const total = new RegExp(
    `^(?:\\s+(?:${UNIT}|therapy|care|services|treatment))?${NO_SUBJECT}{0,45}?(?:totaling|totalling|(?:for\\s+)?a\\s+total\\s+of|in\\s+total\\s+of|\\(\\s*total(?:\\s+of)?)\\s+` +
    `(?:(?<qual>${QUAL})\\s+)?(?<n>${NUM})(?<plus>${PLUS})?(?:\\s+${UNIT})?(?![A-Za-z])`, 'iu');
  const after = new RegExp(
    // "acupuncture in the past; she thinks she had 'about a dozen'": the worker's estimate in a clause of its own.
    `^(?:\\s+[^.;:()]{0,30}?)?[;,]?\\s+(?:and\\s+)?${HEDGE_CLAUSE}${QUOTE}(?:(?<qual13>${QUAL})${QSEP})?(?:a\\s+)?(?<n13>${NUM})(?:\\s+or\\s+so)?${QUOTE}(?:\\s+(?:${UNIT}|times|of\\s+(?:them|those|these)))?(?![A-Za-z])|` +
    // "cervical ESI (C6-7, 3rd overall)": the ordinal of this one in the worker's series is the count so far.
    `^${LEVELS}\\(\\s*(?:[^()]{1,24}[,;]\\s*)?(?<ord2>${ORDINAL_WORDS})(?:\\s+(?:one|injection|procedure|block))?\\s+(?:overall|in\\s+total|total|to\\s+date|so\\s+far|lifetime|in\\s+(?:the\\s+|this\\s+)?series)\\s*\\)|` +
    // "Acupuncture has helped, six sessions to date": a remark on the treatment, then its count.
    `^\\s+(?:has|have|had)\\s+(?:been\\s+)?(?:(?:very|somewhat|quite|really)\\s+)?(?:helped|helpful|beneficial|effective|useful)\\s*[,;-]\\s*(?:(?<qual14>${QUAL})${QSEP})?(?<n14>${NUM})\\s+${UNIT}(?![A-Za-z])${NOT_RATE}|` +
    `^${CO_NAME}${ASIDE}(?:\\s+(?:${UNIT}|therapy|care|services|interventions|treatment))?${DOSE}\\s*(?:` +
    // "Total OT visits to date: 16", "PT sessions completed: 9", "PT visits: 9 completed / 12 authorized": a labelled running count.
    `(?:(?:to\\s+date|so\\s+far|completed|attended)\\s*)?[:=]\\s*(?:(?<qual12>${QUAL})${QSEP})?(?<n12>\\d{1,2})(?![\\d/:%-]|\\.\\d|\\s*(?:x|times|per|a\\s+week|\\/))(?=\\s*(?:[,;.)(]|$|(?:${UNIT}|completed|attended|done|so\\s+far|to\\s+date)(?![A-Za-z])))|` +
    // "hand therapy 9 times", "PT 6x since March", "acupuncture eight times".
    `(?:for\\s+|on\\s+)?(?:(?<qual5>${QUAL})\\s+)?(?:(?<n5>${NUM})(?<plus5>${PLUS})?(?:\\s*(?<alt5>or|to|-|–)\\s*(?<n52>${NUM}))?\\s*(?:times|x)|(?<n6>once|twice|thrice))(?![\\w/×])${NOT_FREQUENCY}|` +
    // "acupuncture 6, massage 4": in a treatment history a bare number after the item is its count.
    `(?<n8>\\d{1,2})(?![\\d/%:-]|\\.\\d)(?=\\s*(?:[,;.)]|$))|` +
    `\\(\\s*#\\s*(?:(?:of\\s+)?${UNIT}\\s*)?[:=]?\\s*(?<n7>\\d+)(?![\\d/.])|` +
    // "PT (approx. 20), chiro (10)": a bare number in brackets after the item is its count.
    `\\(\\s*(?:(?<qual11>${QUAL})\\s*)?(?<n11>\\d{1,2})\\s*\\)|` +
    // "Acupuncture (progress note) Tx #6": the number of this visit of the treatment is its count so far.
    // "PT x approx. 18 visits": a qualifier may follow the "x". "MBB #1", "ESI #1": a bare #1 labels the first of a series, it is not a count.
    `${SITE}${LEVELS}(?:x|×|times)\\s*(?:(?<qualx>${QUAL})\\s*)?(?<n>\\d+)(?![\\d/])${NOT_TIMED}|(?:(?:\\s+(?:progress|treatment|daily|visit|SOAP)\\s+notes?)?[:,]?\\s*(?:tx|treatment|visit|session)\\s*)?#\\s*(?!1(?!\\d))(?<n3>\\d+)(?![\\d/])(?!,?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![a-z]))|` +
    // "OT 6 of 8 authorized visits", "CBT - 8 of 12 sessions", "PT (he believes 10 or 12 visits)", 'PT, "about 8 or so" visits'.
    `(?:[,:]|\\s+[-–=](?=\\s))?(?:\\s+(?:in|during|since)\\s+(?:(?:19|20)\\d\\d|[A-Za-z]+(?:\\s+(?:19|20)\\d\\d)?)(?=\\s*\\())?\\s*\\(?\\s*${HEDGE}?${QUOTE}(?:for\\s+|totaling\\s+|on\\s+|${COURSE_OF}|(?:has\\s+)?(?:completed|attended|had|received|undergone)\\s+)?(?:(?<qual>${QUAL})${QSEP})?(?:a\\s+)?(?<n4>${NUM})(?<plus>${PLUS})?(?:\\s*(?<alt4>or|to|-|–)\\s*(?<n2>${NUM}))?${OR_SO}?${QUOTE}${OF_COURSE}?\\s+${UNIT}(?![A-Za-z])${NOT_RATE}${NOT_OTHERS}|` +
    // "biofeedback but stopped after 2 sessions", "which she stopped after 3 sessions": the sessions attended before stopping.
    `\\s*,?\\s+(?:but\\s+|and\\s+|(?:which|that)\\s+(?:he|she|they|the\\s+patient)\\s+)?(?:stopped|discontinued|quit|ended|dropped\\s+out)\\s+(?:it\\s+|them\\s+|treatment\\s+)?after\\s+(?:(?<qual10>${QUAL})${QSEP})?(?<n10>${NUM})\\s+${UNIT}(?![A-Za-z])|` +
    // "physical therapy on and off for years, at least 40 visits": a short phrase, then the count.
    `(?:\\s+(?!(?:he|she|they|but|with|was|were|is|had|has)\\s)(?:[a-z]+|(?:19|20)\\d\\d)){1,6},\\s*(?:(?<qual9>${QUAL})${QSEP})?(?<n9>${NUM})\\s+${UNIT}(?![A-Za-z])${NOT_RATE}${NOT_OTHERS})`, 'iu');

  // "PT: attended 11/03, 11/06, 11/10 (3 visits this period; 15 total to date)": the dates of the
  // visits, then their number and the running total in brackets.
  const dated = new RegExp(
    `^\\s*[:\\-–]?\\s*(?:(?:attended|had|completed|received|seen|visits?|dates?)\\s*)?(?:on\\s*)?:?\\s*(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?:\\s*(?:,|&|and)\\s*)?){2,}` +
    `\\s*\\(\\s*(?<n>${NUM})\\s+(?:${UNIT})(?![A-Za-z])(?:\\s+(?:this|in\\s+(?:this|the))\\s+(?:period|month|interval|reporting\\s+period))?` +
    `(?:\\s*[;,]\\s*(?<t>${NUM})\\s+(?:(?:${UNIT})\\s+)?(?:total|in\\s+total|overall)(?:\\s+(?:to\\s+date|so\\s+far))?)?`, 'iu');
  const qualifierOf = (raw: string | undefined, alt: string | undefined, plus?: string): NonNullable<Qualifier> => {
    // "24+ PT visits": a plus after the number is a lower bound.
    if (plus) return 'at_least';
    if (raw) {
      const hit = terms.qualifiers.findAll(raw)[0];
      if (hit) return hit.entry.qualifier;
    }
    // "10 or 12 visits", "4-5 times": alternatives and ranges are estimates.
    return alt ? 'approx' : 'exact';
  };
  const value = (n: string | undefined, n2: string | undefined): number | null => {
    const a = n ? parseNumber(n) : null;
    const b = n2 ? parseNumber(n2) : null;
    const v = b !== null && a !== null && b > a ? b : a;
    return v !== null && Number.isInteger(v) && v > 0 && v <= MAX_COUNT ? v : null;
  };

  /**
   * The count of the mention [start, end) of `text`, or null. `preceding` is the text before
   * `text` (the sentence before it), where the previous marker of a numbered list may stand.
   */
  return function findCount(text: string, start: number, end: number, preceding = ''): StatedCount | null {
    const left = text.slice(Math.max(0, start - 80), start);
    const right = text.slice(end, end + 60);
    const t = total.exec(right);
    const b = before.exec(left);
    if (t?.groups) {
      const count = value(t.groups.n, undefined);
      const sum: StatedCount | null = count === null ? null : { count, qualifier: qualifierOf(t.groups.qual, undefined, t.groups.plus), start, end: end + t[0].length };
      // "approximately 6 additional visits of PT for a total of about 30": the visits of this course
      // and the running total are both counts; "2 rounds of PT totaling 24 visits" is one count.
      const visits = b?.groups && !COURSES.test(b[0]) ? value(b.groups.n, b.groups.n2) : null;
      if (sum && visits !== null && visits !== sum.count) {
        return { count: visits, qualifier: qualifierOf(b!.groups!.qual, b!.groups!.alt, b!.groups!.plus), start: start - left.length + b!.index, end, total: sum };
      }
      if (sum) return sum;
    }
    if (b?.groups) {
      const count = value(b.groups.n, b.groups.n2);
      const k = sets.exec(left.slice(0, b.index));
      const times = k?.groups ? value(k.groups.k, undefined) : null;
      if (count !== null && times !== null && count * times <= MAX_COUNT) {
        return { count: count * times, qualifier: qualifierOf(b.groups.qual, b.groups.alt, b.groups.plus), start: start - left.length + k!.index, end };
      }
      if (count !== null) return { count, qualifier: qualifierOf(b.groups.qual, b.groups.alt, b.groups.plus), start: start - left.length + b.index, end };
    }
    const o = ordinal.exec(left);
    if (o?.groups) return { count: ORDINALS[o.groups.ord.toLowerCase()] ?? parseInt(o.groups.ord, 10), qualifier: 'exact', start: start - left.length + o.index, end };
    const d = dated.exec(text.slice(end, end + 160));
    if (d?.groups) {
      const count = value(d.groups.n, undefined);
      const sum = value(d.groups.t, undefined);
      if (count !== null) {
        const stop = end + d[0].length;
        return { count, qualifier: 'exact', start, end: stop, total: sum !== null && sum !== count ? { count: sum, qualifier: 'exact', start, end: stop } : undefined };
      }
    }
    const a = after.exec(right);
    // "1. physical therapy 2. acupuncture": a bare number after the item that opens the next item of a numbered list.
    if (a?.groups?.n8 && listMarkerAt(text, end + a[0].length, Number(a.groups.n8), preceding)) return null;
    if (a?.groups) {
      const g = a.groups;
      if (g.ord2) return { count: ORDINALS[g.ord2.toLowerCase()] ?? parseInt(g.ord2, 10), qualifier: 'exact', start, end: end + a[0].length };
      const count = value(g.n ?? g.n3 ?? g.n4 ?? g.n5 ?? g.n6 ?? g.n7 ?? g.n8 ?? g.n9 ?? g.n10 ?? g.n11 ?? g.n12 ?? g.n13 ?? g.n14, g.n2 ?? g.n52);
      // "Acupuncture: 1" on a form, "acupuncture 1" among points: a bare 1 flags the item, it counts no sessions.
      if ((g.n8 ?? g.n12) === '1' && !UNIT_NEXT.test(right.slice(a[0].length))) return null;
      // "he believes 10 or 12", "about 8 or so", "she thinks she had 12": the record's own hedge makes the count an estimate.
      const hedged = g.orso !== undefined || g.n13 !== undefined || /\(\s*(?:he|she|they|patient|pt)\s/iu.test(a[0]);
      const alt = g.alt4 ?? g.alt5 ?? (hedged ? 'or' : undefined);
      if (count !== null) return { count, qualifier: qualifierOf(g.qual ?? g.qualx ?? g.qual5 ?? g.qual9 ?? g.qual10 ?? g.qual11 ?? g.qual12 ?? g.qual13 ?? g.qual14, alt, g.plus ?? g.plus5), start, end: end + a[0].length };
    }
    return null;
  };
}
export type CountFinder = ReturnType<typeof createCountFinder>;

/**
 * Whether the number ending at `at` is a list marker: a stop or bracket and a word (or the end of
 * the sentence) follow it, and the marker before it in the list ("1." before "2.") stands earlier.
 */
function listMarkerAt(text: string, at: number, n: number, preceding: string): boolean {
  // The sentence splitter cuts after "2." before a capital: the next item opens the next sentence.
  if (!/^[.)]\s*(?:[A-Za-z(]|$)/u.test(text.slice(at))) return false;
  return n > 1 && new RegExp(`(?:^|[\\s,;:(])${n - 1}[.)]\\s`, 'u').test(`${preceding} ${text.slice(0, at)}`);
}

/**
 * A second course of the same treatment stated right after a counted one, with only a unit: "chiropractic
 * x 12 in 2017 and another 8 visits since January", "PT x 12, then ~10 more visits". Returns its count,
 * qualifier and range in `text`, or null.
 */
export function createAnotherCourseFinder(terms: TermIndex) {
  const another = new RegExp(
    `^[^.;:]{0,50}?(?:\\s|,)(?:and\\s+|plus\\s+|then\\s+)?(?:(?<word>another|an\\s+additional|a\\s+further)\\s+(?<n>${NUM})|` +
    `(?<=(?:and|plus|then)\\s+)(?<lead>(?:(?<qual>${terms.qualifierSource})${QSEP})?(?<m>${NUM})\\s+(?:more|additional|further)))\\s+(?:${terms.unitSource})(?![A-Za-z])`, 'iu');
  return function findAnother(text: string, from: number): { count: number; qualifier: NonNullable<Qualifier>; start: number; end: number } | null {
    const m = another.exec(text.slice(from));
    const g = m?.groups;
    const raw = g?.n ?? g?.m;
    const count = raw ? parseNumber(raw) : null;
    if (!m || !g || count === null || !Number.isInteger(count) || count <= 0 || count > MAX_COUNT) return null;
    const qualifier = (g.qual ? terms.qualifiers.findAll(g.qual)[0]?.entry.qualifier : undefined) ?? 'exact';
    const opening = g.word ?? g.lead!;
    return { count, qualifier, start: from + m[0].lastIndexOf(opening), end: from + m[0].length };
  };
}
