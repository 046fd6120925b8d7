import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { baseEntry } from '../lexicon/entry.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../lexicon/load.ts';
import { createMatcher, type Matcher } from '../text/matcher.ts';

/** A drug named in a text: where, and which lexicon entry or rule found it. */
export interface DrugMention {
  start: number;
  end: number;
  ruleId: string;
}

// The medication lexicon belongs to the medications extractor, which validates it with its own
// schema; loadLexicon caches by file, so this reader accepts any entry that has the base fields
// and keeps the rest untouched (a loose object), whichever extractor loads the file first.
const LooseDrugEntry = z.looseObject({ ...baseEntry });
type LooseDrugEntry = z.infer<typeof LooseDrugEntry>;

// A written dose or pill count marks a drug even when its name is unknown ("Norco 10/325mg #60").
const DOSE = /(?<![A-Za-z])(?:\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?\s*(?:mg|mcg|mg\/ml|mg\/g|%)(?![A-Za-z])|#\s*\d+)/iu;

/**
 * Finds drug names: the literals and patterns of `pipelines/lexicons/medications.yaml` when that
 * lexicon exists, else nothing; `hasDose` tells whether a text writes a dose. The lexicon is
 * read on first use, after every extractor has been built, so its owner loads it first.
 */
export function createDrugFinder(dir: string = DEFAULT_LEXICON_DIR) {
  let matcher: Matcher<LooseDrugEntry> | null | undefined;
  const get = () => {
    if (matcher !== undefined) return matcher;
    const file = join(dir, 'medications.yaml');
    matcher = existsSync(file) ? createMatcher(loadLexicon('medications', LooseDrugEntry, dir).entries as LooseDrugEntry[]) : null;
    return matcher;
  };
  return {
    find(text: string): DrugMention[] {
      return (get()?.findAll(text) ?? []).map((m) => ({ start: m.start, end: m.end, ruleId: m.entry.id }));
    },
    hasDose: (text: string) => DOSE.test(text),
  };
}
export type DrugFinder = ReturnType<typeof createDrugFinder>;
