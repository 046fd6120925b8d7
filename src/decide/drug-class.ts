import type { z } from 'zod';
import type { DrugClass } from '../core/fact.ts';
import { loadMedicationLexicons } from '../extract/medications-lexicon.ts';
import { sharedMatcher } from '../text/matcher.ts';

/** A drug class name of the fact schema (`opioid`, `nsaid`, ...). */
export type DrugClassName = z.infer<typeof DrugClass>;

/**
 * The drug class of the first drug a request names, from the medications lexicon
 * (`pipelines/lexicons/medications.yaml`, validated with its own schema): "Norco 10/325 #60" is an
 * opioid whatever follows. Unknown drugs give null, and the packs' request patterns choose.
 */
export function createDrugClassLookup(dir?: string): (text: string) => DrugClassName | null {
  const matcher = sharedMatcher(loadMedicationLexicons(dir).drugs);
  return (text) => matcher.findAll(text)[0]?.entry.drugClass ?? null;
}
