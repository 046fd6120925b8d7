import { sharedMatcher } from '../text/matcher.ts';
import { loadMedicationLexicons } from './medications-lexicon.ts';
import { createTermIndex } from './request-terms.ts';

/** A drug named in a text: where, and which lexicon entry or rule found it. */
export interface DrugMention {
  start: number;
  end: number;
  ruleId: string;
}

// A written dose or pill count marks a drug even when its name is unknown ("Norco 10/325mg #60").
const DOSE = /(?<![A-Za-z])(?:\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?\s*(?:mg|mcg|mg\/ml|mg\/g|%)(?![A-Za-z])|#\s*\d+)/iu;

/**
 * Finds drug names with the medications lexicon (`pipelines/lexicons/medications.yaml`, loaded
 * through the medications extractor's schema, so every reader sees the same validated entries);
 * `hasDose` tells whether a text writes a dose (a structure's number, "tooth #19", is none).
 */
export function createDrugFinder(dir?: string) {
  const matcher = sharedMatcher(loadMedicationLexicons(dir).drugs);
  const terms = createTermIndex(dir);
  return {
    find(text: string): DrugMention[] {
      return matcher.findAll(text).map((m) => ({ start: m.start, end: m.end, ruleId: m.entry.id }));
    },
    // "Crown, tooth #19": a tooth's number is no pill count.
    hasDose: (text: string) => DOSE.test(terms.maskNumbered(text)),
  };
}
export type DrugFinder = ReturnType<typeof createDrugFinder>;
