import { z } from 'zod';
import { DrugClass } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';

/** A drug: its surface forms (brand and generic), generic name and class. */
export const MedicationEntry = entrySchema({
  generic: z.string().min(1),
  drugClass: DrugClass,
  /** Mostly given during a procedure (local anaesthetic, injected steroid, contrast, sedation). */
  procedural: z.boolean().default(false),
  /** Only ever injected by a clinician (viscosupplements): a procedure, never a drug the patient takes. */
  injectedOnly: z.boolean().default(false),
});
export type MedicationEntry = z.infer<typeof MedicationEntry>;

/** A cue around drug names (see pipelines/lexicons/medication-cues.yaml). */
export const MedicationCueEntry = entrySchema({
  kind: z.enum(['skip', 'override', 'take', 'procedure', 'procedure_heading', 'suffix', 'combo']),
  upperCase: z.boolean().default(false),
});
export type MedicationCueEntry = z.infer<typeof MedicationCueEntry>;

/** Loads the drug lexicon and the cue lexicon. */
export function loadMedicationLexicons(dir?: string) {
  return {
    drugs: loadLexicon('medications', MedicationEntry, dir).entries,
    cues: loadLexicon('medication-cues', MedicationCueEntry, dir).entries,
  };
}
