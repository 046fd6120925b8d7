import type { Fact, FactOf } from '../core/fact.ts';
import type { RequestedItem } from '../core/request.ts';
import { z } from 'zod';
import { createDrugFinder, type DrugFinder } from '../extract/request-drugs.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';

const CueEntry = entrySchema({ kind: z.enum(['ongoing', 'request_statement']) });

/** Whether a requested drug is new to the worker or continues what the record says they take. */
export interface MedicationCourse {
  /** The requested drug is already among the worker's medications (a refill or continued use). */
  ongoing: boolean;
  /** The medication facts that name the requested drug. */
  facts: string[];
  /** Other drugs the worker takes (medication facts in use that name a different drug), for duplicate-class checks. */
  otherDrugs: FactOf<'medication'>[];
}

const words = (s: string) => s.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? [];

/**
 * Builds the lookup. The requested drug counts as ongoing when a medication fact in force names
 * the same drug: the same medications-lexicon entry (brand and generic share one), or, for names
 * the lexicon lacks, the same name or generic written in the request. Reviewers treat the two
 * cases differently: a first prescription is judged on its indication, a continued one on the
 * pain relief and function it has brought (MTUS Chronic Pain, Medications for chronic pain).
 * Sentence cues come from the `medication-course` lexicon.
 */
export function createMedicationCourse(finder: DrugFinder = createDrugFinder(), lexiconDir?: string) {
  const cues = createMatcher(loadLexicon('medication-course', CueEntry, lexiconDir).entries);
  // A drug named only where it is requested, prescribed or reviewed ("the provider requested
  // naproxen", "the claims administrator denied Naprosyn") is the request itself, not use.
  const showsUse = (sentence: string) => {
    const kinds = new Set(cues.findAll(sentence).map((m) => m.entry.kind));
    return kinds.has('ongoing') || !kinds.has('request_statement');
  };
  return function medicationCourse(item: RequestedItem, facts: Fact[]): MedicationCourse {
    if (item.modality !== 'medication') return { ongoing: false, facts: [], otherDrugs: [] };
    const meds = facts.filter((f): f is FactOf<'medication'> => f.type === 'medication');
    const requestedRules = new Set(finder.find(item.text).map((m) => m.ruleId));
    const requestedWords = new Set(words(item.text));
    const inUse = meds.filter((f) => showsUse(f.sentence));
    const same = inUse.filter((f) => requestedRules.has(f.ruleId)
      || [f.value.name, f.value.generic ?? ''].some((n) => n.length > 2 && words(n).length > 0 && words(n).every((w) => requestedWords.has(w))));
    // Brand and generic share one lexicon entry, so "Voltaren" is not another drug than "diclofenac".
    const sameGeneric = new Set(same.map((f) => f.value.generic ?? f.value.name.toLowerCase()));
    const otherDrugs = inUse.filter((f) => !same.includes(f) && !sameGeneric.has(f.value.generic ?? f.value.name.toLowerCase()));
    return { ongoing: same.length > 0, facts: same.map((f) => f.id), otherDrugs };
  };
}
export type MedicationCourseLookup = ReturnType<typeof createMedicationCourse>;
