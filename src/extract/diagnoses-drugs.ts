import { sharedMatcher } from '../text/matcher.ts';
import { loadMedicationLexicons } from './medications-lexicon.ts';

// Grammar of a medication-list line after the drug name: dose, form, route, schedule, "OTC".
const DOSING = /^(?:[\s,.;:()/-]*(?:\d[\d.,/]*\s*(?:mg|mcg|g|ml|units?|%)?|mg|mcg|otc|prn|po|daily|nightly|qhs|qd|bid|tid|qid|q\d{1,2}h|hs|tabs?|tablets?|caps?|capsules?|as\s+needed|over\s+the\s+counter|at\s+bedtime|once|twice|a\s+day|per\s+day))*[\s,.;:()/-]*$/iu;
// "Hypothyroidism on levothyroxine", "HTN controlled on lisinopril", "Migraine (sumatriptan prn)",
// "Migraine - uses rizatriptan", "Gout, on allopurinol": the regimen after the name.
const ON_TAIL = /(?:\s+(?:(?:well\s+|diet\s+)?controlled\s+)?(?:on|with)\s+|\s*[(\u2013-]\s*(?:(?:on|with|takes|taking|uses|using)\s+)?|\s*,\s*(?:(?:well\s+)?controlled\s+)?(?:on|takes|taking|uses|using)\s+)(?:(?:daily|chronic|oral|po)\s+)?$/iu;
// "on sumatriptan prn" as an item of its own: the regimen word before a medication line.
const REGIMEN_LEAD = /^[\s*•-]*(?:(?:on|takes|taking|uses|using)\s+)?$/iu;

/**
 * Tells diagnosis-list items that are medication-history lines ("Melatonin OTC", "Gabapentin
 * 300 mg nightly") by the medications lexicon, and trims a regimen tail ("Hypothyroidism on
 * levothyroxine" -> "Hypothyroidism"). A drug that only opens a longer name ("opioid use
 * disorder", "NSAID gastropathy") is no medication line: only dosing words may follow it.
 */
export function createDrugItemTest(dir?: string) {
  const drugs = sharedMatcher(loadMedicationLexicons(dir).drugs);
  return {
    /** Whether the item is a drug with at most its dose, form and schedule. */
    isDrug(name: string): boolean {
      const m = drugs.findAll(name).find((d) => d.start === 0 || REGIMEN_LEAD.test(name.slice(0, d.start)));
      return m !== undefined && DOSING.test(name.slice(m.end));
    },
    /** The item's end without a trailing "on <drug>" regimen, or its own end. */
    trimEnd(name: string): number {
      for (const d of drugs.findAll(name)) {
        if (!DOSING.test(name.slice(d.end))) continue;
        const tail = ON_TAIL.exec(name.slice(0, d.start));
        if (tail && tail.index > 0) return tail.index;
      }
      return name.length;
    },
  };
}
