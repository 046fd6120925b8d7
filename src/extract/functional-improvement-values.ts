import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.ts';

/**
 * One entry of `functional-improvement-values.yaml`: a unit (family, factor), a rung of a scale,
 * a word that is a value (`family`, `n`: "tapered off" is no use at all) or a label whose number
 * names, not measures ("week 4", "pos 2").
 */
export const FivEntry = entrySchema({
  kind: z.enum(['unit', 'level', 'word', 'label']),
  family: z.string().min(1).optional(),
  factor: z.number().positive().default(1),
  scale: z.string().min(1).optional(),
  rank: z.number().optional(),
  n: z.number().optional(),
});
export type FivEntry = z.infer<typeof FivEntry>;

/**
 * A stated value: `kind` is `num` (a bare number), `rate` (per week: `factor` 7 for per day), a
 * unit family (`time`, `distance`, ...) or `level:<scale>`; `n` is the number as written (a
 * range's upper end), `side` the L/R it is said of.
 */
export interface Value { kind: string; n: number; factor: number; side?: 'L' | 'R'; start: number }

const NUM = `(?:${NUMBER_SOURCE}|once|twice|thrice)`;
// A rate: a count (maybe a range), up to three words ("4-5 Norco", "3 tablets of"), then per day/week.
const RATE = new RegExp(`(?<![A-Za-z0-9.\\/-])(?<n>${NUM}(?:\\s*(?:-|to)\\s*${NUM})?)\\s*(?<words>(?:[A-Za-z]+\\.?(?:\\s+|(?=\\/))){0,3}?)(?:(?:x|times?)\\s*)?(?:(?:a|per|\\/|each|every)\\s*(?<per>day|d|week|wk|month)|(?<perword>daily|nightly|weekly|monthly))(?![A-Za-z])`, 'giu');
// A frequency word alone: "daily" is seven times a week.
const WORD_RATE = /(?<![A-Za-z])(?<word>daily|nightly|every\s+day|weekly|bid|tid|qid|qhs)(?![A-Za-z])/giu;
const SCORE = /(?<![A-Za-z0-9.\/-])(\d{1,3})\/(\d{2,3})(?![0-9/])/gu;
const COUNT_LAST = new RegExp(`(?:^|\\s)(${NUM})\\s*$`, 'iu');
const TIME_AGO = /^\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)(?![A-Za-z])/iu;
const PER: Record<string, number> = { day: 7, d: 7, week: 1, wk: 1, month: 0.25, daily: 7, nightly: 7, weekly: 1, monthly: 0.25 };
const WORD_RATES: Record<string, number> = { daily: 7, nightly: 7, 'every day': 7, weekly: 1, bid: 14, tid: 21, qid: 28, qhs: 7 };
// A number, with the side it is said of ("L 27 kg", "right: 40"); number words and "a"/"half" only with a unit.
// A minus sign right before the digits, after a space, bracket or colon, is a negative value
// ("DF -6 deg"), not a range's dash ("4-5", "10 -15").
const NUMBER = new RegExp(`(?<![A-Za-z0-9.\\/])(?<!\\d-)(?<side>(?:(?:L|R|lt|rt)\\.?\\s*:?\\s+|(?:L|R|lt|rt)\\.?:\\s*|(?:left|right)\\s*:?\\s+))?(?<neg>(?<=^|[\\s(:])(?<!\\d\\s)-(?=\\d))?(?<n>${NUMBER_SOURCE}|an?|half(?:\\s+an?)?|less\\s+than\\s+(?:a|an|one))(?:\\s*(?:-|to)\\s*(?<hi>${NUMBER_SOURCE}))?`, 'giu');

/** Reads the values a comparison compares, with the units and scales of the values lexicon. */
export function createValueReader(lexiconDir?: string) {
  const lexicon = loadLexicon('functional-improvement-values', FivEntry, lexiconDir);
  const units = lexicon.entries.filter((e) => e.kind === 'unit' && e.family).map((e) => ({
    entry: e,
    // A hyphenated unit is a unit too ("a one-hour appointment").
    re: new RegExp(`(?:\\s*|-)(?:${[...e.literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')), ...e.patterns].join('|')})(?![A-Za-z])`, 'iuy'),
  }));
  const levels = createMatcher(lexicon.entries.filter((e) => e.kind === 'level' && e.scale && e.rank !== undefined));
  const words = createMatcher(lexicon.entries.filter((e) => e.kind === 'word' && e.family && e.n !== undefined));
  const labelSources = lexicon.entries.filter((e) => e.kind === 'label').flatMap((e) => e.patterns);
  // A label just before a number ("week 4"): the number names, it does not measure.
  const LABEL = labelSources.length ? new RegExp(`(?<![A-Za-z])(?:${labelSources.join('|')})\\s*$`, 'iu') : null;

  const unitAt = (span: string, at: number) => {
    for (const u of units) {
      u.re.lastIndex = at;
      const m = u.re.exec(span);
      if (m) return { entry: u.entry, end: at + m[0].length };
    }
    return null;
  };

  /** Every value in a span, in text order: rates, scale levels, then numbers (with units) outside them. */
  function valuesIn(span: string): Value[] {
    const out: Value[] = [];
    const taken: [number, number][] = [];
    const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
    for (const m of span.matchAll(RATE)) {
      // "30 min a day" is a time, not a count per day; "50 mg a day" is a dose rate, not a count.
      const families = (m.groups?.words ?? '').split(/\s+/u).map((w) => (w ? unitAt(w, 0)?.entry.family : undefined)).filter(Boolean);
      if (families.some((f) => f !== 'count' && f !== 'dose')) continue;
      // "500 mg three times a day": the count after the dose is the rate, not the milligrams; so is
      // one after a bare strength ("Ibuprofen 800 now once daily").
      const count = COUNT_LAST.exec(m.groups?.words ?? '')?.[1];
      const n = upper(count ?? m.groups?.n ?? '');
      if (n === null) continue;
      out.push({ kind: families.includes('dose') && !count ? 'rate:dose' : 'rate', n, factor: PER[(m.groups?.per ?? m.groups?.perword ?? '').toLowerCase()] ?? 1, start: m.index });
      taken.push([m.index, m.index + m[0].length]);
    }
    for (const m of span.matchAll(WORD_RATE)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      out.push({ kind: 'rate', n: WORD_RATES[(m.groups?.word ?? '').toLowerCase().replace(/\s+/gu, ' ')] ?? 1, factor: 1, start: m.index });
      taken.push([m.index, m.index + m[0].length]);
    }
    // A score out of more than 31 ("LEFS 51/80", "ODI 18/50") is no date: its numerator, compared
    // only with scores out of the same total.
    for (const m of span.matchAll(SCORE)) {
      const total = Number(m[2]);
      if (total <= 31 || !free(m.index, m.index + m[0].length)) continue;
      out.push({ kind: `score/${total}`, n: Number(m[1]), factor: 1, start: m.index });
      taken.push([m.index, m.index + m[0].length]);
    }
    for (const l of levels.findAll(span)) {
      if (!free(l.start, l.end)) continue;
      out.push({ kind: `level:${l.entry.scale}`, n: l.entry.rank ?? 0, factor: 1, start: l.start });
      taken.push([l.start, l.end]);
    }
    for (const w of words.findAll(span)) {
      if (!free(w.start, w.end)) continue;
      out.push({ kind: w.entry.family ?? 'num', n: w.entry.n ?? 0, factor: 1, start: w.start });
      taken.push([w.start, w.end]);
    }
    for (const m of span.matchAll(NUMBER)) {
      const end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      if (LABEL?.test(span.slice(Math.max(0, m.index - 20), m.index))) continue;
      const unit = unitAt(span, end);
      const raw = (m.groups?.hi ?? m.groups?.n ?? '').toLowerCase();
      const digits = /^\d/u.test(raw);
      // A date ("3/2"), a score ("4/5"), an ordinal ("1st") or a year is no value; words need a unit.
      if (!unit && (!digits || /^\.?[A-Za-z0-9]|^\s*\/\s*\d/u.test(span.slice(end)) || /^(?:19|20)\d\d$/u.test(raw))) continue;
      if (unit && /^\s*\/\s*\d/u.test(span.slice(unit.end))) continue;
      // "3 weeks ago", "2 months post-op": when, not how much.
      if (!unit && TIME_AGO.test(span.slice(end))) continue;
      const parsed = /^half/u.test(raw) ? 0.5 : /^(?:an?|less\s+than\s+\w+)$/u.test(raw) ? 1 : parseNumber(raw);
      if (parsed === null) continue;
      const n = m.groups?.neg ? -parsed : parsed;
      const side = m.groups?.side ? (/^[lL]/u.test(m.groups.side) ? 'L' : 'R') : undefined;
      out.push({ kind: unit?.entry.family ?? 'num', n, factor: unit?.entry.factor ?? 1, side, start: m.index });
      taken.push([m.index, unit?.end ?? end]);
    }
    return out.sort((a, b) => a.start - b.start);
  }
  return { valuesIn };
}

// The count words of NUM that parseNumber does not read.
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** A range's upper end ("4-5" is 5), or the number. */
function upper(raw: string): number | null {
  const times = TIMES[raw.trim().toLowerCase()];
  if (times !== undefined) return times;
  const parts = raw.split(/\s*(?:-|\bto\b)\s*/u).filter(Boolean);
  return parseNumber(parts[parts.length - 1] ?? '');
}

/** Two values compare when of one kind; a bare number takes the other's unit, never a scale's rung. */
export function comparable(a: Value, b: Value): boolean {
  if (a.kind === b.kind) return true;
  return (a.kind === 'num' || b.kind === 'num') && !a.kind.startsWith('level:') && !b.kind.startsWith('level:');
}

/**
 * The value another is compared with, from a list: one of its kind, on its side when it names one
 * (an unsided one otherwise), the last (nearest a following cue) or the first.
 */
export function counterpart(values: Value[], stated: Value, last: boolean): Value | undefined {
  const fit = values.filter((v) => comparable(v, stated));
  const sameSide = stated.side ? fit.filter((v) => v.side === stated.side) : [];
  const sided = sameSide.length ? sameSide : fit.filter((v) => !stated.side || !v.side);
  // A value of the stated unit beats a bare number ("20 lbs x 3 reps" against "5 lbs").
  const sameKind = stated.kind === 'num' ? [] : sided.filter((v) => v.kind === stated.kind);
  const pool = sameKind.length ? sameKind : sided;
  return last ? pool[pool.length - 1] : pool[0];
}

/** Which of two comparable values is larger: 1, -1 or 0 (a bare number is in the other's unit). */
export function order(now: Value, was: Value): number {
  const [a, b] = now.kind === 'num' || was.kind === 'num' ? [now.n, was.n] : [now.n * now.factor, was.n * was.factor];
  return Math.sign(a - b);
}
