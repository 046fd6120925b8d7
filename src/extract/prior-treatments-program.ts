import type { FactValue } from '../core/fact.ts';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.ts';
import type { StatedCount } from './prior-treatments-count.ts';
import type { TermIndex } from './request-terms.ts';

type Qualifier = NonNullable<FactValue<'prior_treatment'>['countQualifier']>;

const NUM = NUMBER_SOURCE;
// A program's own units: the days or weeks attended ("10 days", "4 of 6 weeks", "15 program days").
// Not a schedule: "5 days a week", "3 days per week".
const PROGRAM_UNIT = '(?:(?:program|treatment|FRP)\\s+)?(?:days?|weeks?)(?![A-Za-z])(?!\\s*(?:a|an|per|each|every|/)\\s*(?:week|wk|day|month)(?![A-Za-z]))';
// "(120 hrs)": the hours of those days, in brackets.
const HOURS = '(?:\\s*\\([^()]{1,20}\\))?';
// "of 30 authorized", "/6": the size of the authorised program.
const OF_AUTH = `(?:\\s*(?:(?:out\\s+)?of|/)\\s*${NUM}(?:\\s+(?:authorized|approved|certified|prescribed|scheduled|planned))?)?`;
const MAX_COUNT = 100;

/**
 * The count of a program counted in days or weeks attended (functional restoration, work
 * hardening: `dayCounted` modalities), in the program's own unit as written: after its name
 * ("functional restoration program 10 days", "FRP: completed 20 days (120 hrs) of 30 authorized",
 * "work hardening for 4 weeks") or before it ("6 weeks of FRP", "completed 15 days of the
 * program"). Sessions and visits are the general count's; this reads only days and weeks.
 */
export function createProgramCount(terms: TermIndex) {
  const QUAL = terms.qualifierSource;
  const qualifier = (raw: string | undefined): Qualifier =>
    (raw ? terms.qualifiers.findAll(raw)[0]?.entry.qualifier : undefined) ?? 'exact';
  const after = new RegExp(
    `^(?:\\s+program)?\\s*[:,-]?\\s*(?:(?:has\\s+|have\\s+)?(?:completed|attended|participated|done|for|x)\\s*:?\\s*)?` +
    `(?:(?<qual>${QUAL})\\s+)?(?<n>${NUM})${OF_AUTH}\\s*${PROGRAM_UNIT}${HOURS}${OF_AUTH}`, 'iu');
  const before = new RegExp(
    `(?<![\\w/.-])(?:(?<qual>${QUAL})\\s+)?(?<n>${NUM})${OF_AUTH}\\s+${PROGRAM_UNIT}${HOURS}\\s+(?:(?:of|in)\\s+)?(?:(?:the|a|an|his|her|their)\\s+)?$`, 'iu');
  const read = (m: RegExpExecArray | null): { count: number; qualifier: Qualifier } | null => {
    const n = m?.groups ? parseNumber(m.groups.n) : null;
    return n !== null && Number.isInteger(n) && n > 0 && n <= MAX_COUNT ? { count: n, qualifier: qualifier(m!.groups!.qual) } : null;
  };
  /** The program count of the mention [start, end) of `text`, or null. */
  return function programCount(text: string, start: number, end: number): StatedCount | null {
    const left = text.slice(Math.max(0, start - 60), start);
    const b = before.exec(left);
    const fromLeft = read(b);
    if (fromLeft) return { ...fromLeft, start: start - left.length + b!.index, end };
    const a = after.exec(text.slice(end, end + 80));
    const fromRight = read(a);
    return fromRight ? { ...fromRight, start, end: end + a![0].length } : null;
  };
}
