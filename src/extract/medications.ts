import type { AnalyzedDocument } from '../text/analyze.ts';
import { sharedMatcher } from '../text/matcher.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { createMedicationFilter } from './medications-filter.ts';
import { createFuzzyDrugFinder } from './medications-fuzzy.ts';
import { loadMedicationLexicons } from './medications-lexicon.ts';
import { createNameBuilder, describe, type DrugMention } from './medications-names.ts';

/** "lansoprazole (Prevacid)": a name in parentheses right after another restates it. */
function restates(text: string, prev: DrugMention | undefined, mention: DrugMention): boolean {
  return prev !== undefined && /^\s*\(\s*$/.test(text.slice(prev.end, mention.start));
}

/**
 * Medications the patient takes or took, named as written without the dose ("Norco",
 * "Tramadol ER", "hydrocodone/acetaminophen"), with generic name and drug class from the lexicon.
 * See medications-filter.ts for what is left out (allergies, requests, procedure drugs).
 */
export const createMedicationsExtractor: ExtractorFactory = (options) => {
  const { drugs, cues } = loadMedicationLexicons(options.lexiconDir);
  const matcher = sharedMatcher(drugs);
  const build = createNameBuilder(drugs, cues);
  const keep = createMedicationFilter(cues, options.lexiconDir);
  const fuzzy = createFuzzyDrugFinder(drugs);

  return {
    id: 'medications',
    produces: ['medication'],
    extract(ad: AnalyzedDocument): Candidate[] {
      const exact = matcher.findAll(ad.text);
      const all = [...exact, ...fuzzy(ad.text, exact)].sort((a, b) => a.start - b.start);
      return build(ad.text, all)
        .filter((mention, i, mentions) => !restates(ad.text, mentions[i - 1], mention) && keep(ad, mention))
        .map((mention) => ({
          type: 'medication' as const,
          value: { name: mention.name, ...describe(mention) },
          start: mention.start,
          end: mention.end,
          ruleId: mention.entries[0].id,
        }));
    },
  };
};
