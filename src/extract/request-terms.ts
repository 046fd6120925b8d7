import { z } from 'zod';
import { CountQualifier } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../lexicon/load.ts';
import { createMatcher, type Match, type Matcher } from '../text/matcher.ts';
import { BodyRegionEntry } from './request-region.ts';

const ROLES = ['continuation', 'plan', 'list-intro', 'received', 'given', 'unit', 'descriptor', 'not-tolerated', 'latest', 'joint', 'declined', 'gait', 'current-use', 'done-today', 'ongoing', 'numbered', 'reviewed', 'attended-after', 'dose-frequency'] as const;

/** `pipelines/lexicons/request-terms.yaml`: continuation, plan, list-opening, received, given, count-unit, descriptor, not-tolerated, latest, joint, declined, gait, current-use, done-today, ongoing, numbered, reviewed, attended-after and dose-frequency words. */
export const RequestTermEntry = entrySchema({
  role: z.enum(ROLES),
  /** A plan word that, inside a treatment-to-date list, tells care done ("Treatment to date: a trial of a TENS unit"). */
  receivedInList: z.boolean().default(false),
  /** A dose frequency's doses per day ("twice daily" 2, "q8h" 3). */
  perDay: z.number().positive().optional(),
});
export type RequestTermEntry = z.infer<typeof RequestTermEntry>;
export type TermRole = RequestTermEntry['role'];

/** `pipelines/lexicons/count-qualifiers.yaml`: "at least", "approximately", "up to". */
export const CountQualifierEntry = entrySchema({ qualifier: CountQualifier });
export type CountQualifierEntry = z.infer<typeof CountQualifierEntry>;

export interface TermIndex {
  /** Matches of one role in a text, in text order. */
  find(text: string, role: TermRole): Match<RequestTermEntry>[];
  /** Count qualifiers in a text, in text order. */
  qualifiers: Matcher<CountQualifierEntry>;
  /** A regex source (no groups) for the count-unit nouns ("sessions", "visits"). */
  unitSource: string;
  /** A regex source (no groups) for any count qualifier. */
  qualifierSource: string;
  /** A regex source (no groups) for a word between a count and its treatment: descriptors and body regions. */
  descriptorSource: string;
  /** A regex source (no groups) for a drug's dose frequency ("BID", "three times a day"). */
  doseFrequencySource: string;
  /** Doses per day of a dose frequency as written ("twice a day" 2), or null when it is none. */
  dosesPerDay(written: string): number | null;
  /** Blanks every "#N" that numbers a structure ("tooth #19", "rib #4"): it is no pill count or quantity. */
  maskNumbered(text: string): string;
}

const escape = (s: string) => s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const alternation = (entries: { literals: string[]; patterns: string[] }[]) =>
  `(?:${entries.flatMap((e) => [...e.literals.map(escape), ...e.patterns.map((p) => `(?:${p})`)])
    .sort((a, b) => b.length - a.length).join('|')})`;

const cache = new Map<string, TermIndex>();

/**
 * Loads the request-terms and count-qualifiers lexicons once per directory and exposes them by
 * role, shared by the prior-treatment extractor and the request parser.
 */
export function createTermIndex(dir: string = DEFAULT_LEXICON_DIR): TermIndex {
  const hit = cache.get(dir);
  if (hit) return hit;
  const terms = loadLexicon('request-terms', RequestTermEntry, dir).entries;
  const quals = loadLexicon('count-qualifiers', CountQualifierEntry, dir).entries;
  const regions = loadLexicon('body-regions', BodyRegionEntry, dir).entries;
  const byRole = new Map<TermRole, Matcher<RequestTermEntry>>();
  for (const role of ROLES) {
    byRole.set(role, createMatcher(terms.filter((e) => e.role === role)));
  }
  // "teeth #1 and #16", "ribs #4-#6": every number of the run belongs to the structure.
  const numbered = new RegExp(`(?<![A-Za-z])${alternation(terms.filter((e) => e.role === 'numbered'))}\\s*(?:number\\s*|no\\.?\\s*)?#\\s*\\d+(?:\\s*(?:,|and|&|-|to|through)\\s*#?\\s*\\d+)*`, 'giu');
  const index: TermIndex = {
    find: (text, role) => byRole.get(role)!.findAll(text),
    qualifiers: createMatcher(quals),
    unitSource: alternation(terms.filter((e) => e.role === 'unit')),
    qualifierSource: alternation(quals),
    descriptorSource: alternation([...terms.filter((e) => e.role === 'descriptor'), ...regions]),
    doseFrequencySource: alternation(terms.filter((e) => e.role === 'dose-frequency')),
    dosesPerDay(written) {
      const hit = byRole.get('dose-frequency')!.findAll(written.trim())[0];
      return hit && hit.start === 0 && hit.end === written.trim().length ? hit.entry.perDay ?? null : null;
    },
    // Blanks keep every offset: "Crown, tooth #19" -> "Crown, tooth    ".
    maskNumbered: (text) => text.replace(numbered, (m) => m.replace(/#\s*\d+/gu, (h) => ' '.repeat(h.length))),
  };
  cache.set(dir, index);
  return index;
}
