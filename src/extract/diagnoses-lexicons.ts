import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher, type Matcher } from '../text/matcher.ts';

const ROLES = [
  'introducer', 'section', 'list_end', 'lead', 'protected', 'fragment', 'trailing', 'line_trailing', 'generic',
  'not_item', 'procedure', 'prose', 'modifier', 'icd_code', 'findings', 'restated', 'complaint',
  'site_shared', 'symptom', 'injury', 'assessment_header', 'condition', 'source_note',
] as const;

/** One cue of `diagnosis-cues.yaml`; `role` says what it does (see the file's header). */
export const DiagnosisCueEntry = entrySchema({
  role: z.enum(ROLES),
  bracketed: z.boolean().optional(),
  history: z.boolean().optional(),
  in_diagnosis_section: z.boolean().optional(),
  visit_reason: z.boolean().optional(),
  /** The cue introduces events as well as diagnoses ("developed"): procedures and symptoms after it are not diagnoses. */
  mixed: z.boolean().optional(),
});
export type DiagnosisCueEntry = z.infer<typeof DiagnosisCueEntry>;

/** One entry of `icd10-diagnoses.yaml`: a diagnosis name and its ICD-10-CM code(s). */
export const Icd10Entry = entrySchema({
  code: z.string().regex(/^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/),
  right: z.string().optional(),
  left: z.string().optional(),
  bilateral: z.string().optional(),
});
export type Icd10Entry = z.infer<typeof Icd10Entry>;

type Role = DiagnosisCueEntry['role'];

/** The cues, ready to use: a matcher per role, and word sets for the word-list roles. */
export interface DiagnosisCues {
  match: Record<Role, Matcher<DiagnosisCueEntry>>;
  /** Introducers that count only inside a diagnosis section (`in_diagnosis_section`). */
  sectionIntroducer: Matcher<DiagnosisCueEntry>;
  /** Lower-cased literals of a word-list role (fragment, trailing, generic, prose, modifier). */
  words: Record<Role, Set<string>>;
  /** Anchored tests on a whole string (section headers, not-item, lead, procedure). */
  test(role: Role, text: string): DiagnosisCueEntry | null;
  icd: Matcher<Icd10Entry>;
}

/** Loads both diagnosis lexicons once per extractor. */
export function loadDiagnosisCues(dir?: string): DiagnosisCues {
  const cues = loadLexicon('diagnosis-cues', DiagnosisCueEntry, dir).entries;
  const icd = loadLexicon('icd10-diagnoses', Icd10Entry, dir).entries;
  const match = {} as Record<Role, Matcher<DiagnosisCueEntry>>;
  const words = {} as Record<Role, Set<string>>;
  for (const role of ROLES) {
    const of = cues.filter((c) => c.role === role && !c.in_diagnosis_section);
    match[role] = createMatcher(of);
    words[role] = new Set(of.flatMap((c) => c.literals.map((l) => l.toLowerCase())));
  }
  const compiled = cues.map((c) => ({ c, res: [...c.patterns, ...c.literals.map(escape)].map((p) => new RegExp(p, 'iu')) }));
  return {
    match,
    // Kept apart so that a cue valid only in an assessment does not hide an overlapping one elsewhere.
    sectionIntroducer: createMatcher(cues.filter((c) => c.role === 'introducer' && c.in_diagnosis_section)),
    words,
    icd: createMatcher(icd),
    test(role, text) {
      return compiled.find(({ c, res }) => c.role === role && res.some((r) => r.test(text)))?.c ?? null;
    },
  };
}

function escape(literal: string): string {
  return `^${literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}
