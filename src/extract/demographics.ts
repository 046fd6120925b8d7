import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import { parseNumber } from '../text/numbers.ts';
import { parseDate } from '../text/dates.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/** A demographics phrasing: which fact it yields, and for sex words the sex (pronouns are weak); `relative` words name another person. */
export const DemographicsEntry = withPlaceholders(entrySchema({
  kind: z.enum(['age', 'sex', 'doi', 'relative']),
  sex: z.enum(['male', 'female']).optional(),
  weak: z.boolean().default(false),
  cumulative: z.boolean().default(false),
}));
export type DemographicsEntry = z.infer<typeof DemographicsEntry>;

/** Sections that speak about someone else, so their ages and sex words are not the patient's. */
const OTHER_PEOPLE = new Set(['family_history']);

// What may stand between an age and the relative it describes: "3yo grandson", "son (age 12)", "daughter, 8".
const NEXT_TO = /^[\s,(:-]*$/u;
// An age before a relative word is the relative's only when someone has that relative ("his 3yo
// grandson", "has a 6-year-old daughter"); "This 1-year-old child", "a 31-year-old mother of two" is the patient.
const POSSESSED = /(?:(?<![A-Za-z])(?:his|her|their|our|my|your|whose)|'s|(?<![A-Za-z])(?:has|have|had|with)\s+(?:an?|one|two|three|four|\d))\s+$/iu;

/**
 * Age, sex and date of injury. Every age and date-of-injury statement is emitted (the export takes
 * the first asserted one); for sex, the first explicit word (male, woman, gentleman...) is emitted,
 * and only when there is none, pronouns decide by majority, as a weak fallback.
 */
export const createDemographicsExtractor: ExtractorFactory = (options) => {
  const lex = loadLexicon('demographics', DemographicsEntry, options.lexiconDir);
  const byKind = (kind: DemographicsEntry['kind']) => createMatcher(lex.entries.filter((e) => e.kind === kind));
  const ages = byKind('age');
  const sexes = byKind('sex');
  const dates = byKind('doi');
  const relatives = byKind('relative');

  return {
    id: 'demographics',
    produces: ['age', 'sex', 'date_of_injury'],
    extract(ad: AnalyzedDocument): Candidate[] {
      // A section that yields no facts (an evaluation's questions) must not hide the first real sex word.
      const about = (m: Match) => {
        const section = ad.sentenceAt(m.start)?.section;
        return section?.facts !== false && !OTHER_PEOPLE.has(section?.category ?? '');
      };
      const out: Candidate[] = [];
      // "He babysits his 3yo grandson": an age next to a word for another person is that person's.
      const kin = relatives.findAll(ad.text);
      const relativeAge = (m: Match) => kin.some((k) =>
        (k.start >= m.end && NEXT_TO.test(ad.text.slice(m.end, k.start)) && POSSESSED.test(ad.text.slice(Math.max(0, m.start - 20), m.start)))
        || (k.end <= m.start && NEXT_TO.test(ad.text.slice(k.end, m.start))));
      for (const m of ages.findAll(ad.text).filter(about)) {
        if (relativeAge(m)) continue;
        const years = yearsOf(m.groups);
        if (years === null || !Number.isInteger(years) || years > 120) continue;
        out.push({ type: 'age', value: { years }, start: m.start, end: m.end, ruleId: m.entry.id });
      }
      const sexMatch = pickSex(sexes.findAll(ad.text).filter(about));
      if (sexMatch?.entry.sex) out.push({ type: 'sex', value: { sex: sexMatch.entry.sex }, start: sexMatch.start, end: sexMatch.end, ruleId: sexMatch.entry.id });
      for (const m of dates.findAll(ad.text)) {
        const raw = m.entry.cumulative ? m.groups.end : m.groups.date;
        const date = raw ? parseDate(raw) : null;
        if (!date) continue;
        out.push({ type: 'date_of_injury', value: { date, cumulative: m.entry.cumulative }, start: m.start, end: m.end, ruleId: m.entry.id });
      }
      return out;
    },
  };
};

/** Years from an age match: stated years, or months ("18-month-old" is 1), weeks or days (0). */
function yearsOf(groups: Record<string, string | undefined>): number | null {
  if (groups.age) return parseNumber(groups.age);
  if (groups.months) {
    const months = parseNumber(groups.months);
    return months === null ? null : Math.floor(months / 12);
  }
  return groups.infant && parseNumber(groups.infant) !== null ? 0 : null;
}

/** The first explicit sex word; else the first pronoun of the sex the pronouns mostly point to. */
function pickSex(matches: Match<DemographicsEntry>[]): Match<DemographicsEntry> | undefined {
  const explicit = matches.find((m) => !m.entry.weak);
  if (explicit) return explicit;
  const count = (sex: string) => matches.filter((m) => m.entry.sex === sex).length;
  const male = count('male');
  const female = count('female');
  if (male === female) return undefined;
  const sex = male > female ? 'male' : 'female';
  return matches.find((m) => m.entry.sex === sex);
}
