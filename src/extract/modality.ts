import { z } from 'zod';
import { Modality } from '../core/modality.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../lexicon/load.ts';
import { createMatcher, type Match } from '../text/matcher.ts';

/**
 * An entry of `pipelines/lexicons/modalities.yaml`: surface forms of one modality. `weak` marks
 * generic words ("evaluation", "therapy") that only count when nothing specific is named;
 * `listOnly` marks words that are a treatment only inside a treatment-to-date list ("medications",
 * "rest", "follow up"), since elsewhere they are ordinary prose, unless `amongTreatments` lets an
 * enumeration of named treatments stand for the list; `capsHeading` marks words that in capitals
 * are a heading, not a treatment.
 */
export const ModalityEntry = entrySchema({
  modality: Modality,
  weak: z.boolean().default(false),
  listOnly: z.boolean().default(false),
  /** Written in capitals the word is a heading or a specialty ("SURGERY", "ORTHOPAEDIC SURGERY"), not a treatment. */
  capsHeading: z.boolean().default(false),
  /** An abbreviation that is this treatment only in capitals ("PT"); in lower case it is another word ("pt", the patient). */
  capsOnly: z.boolean().default(false),
  /** A list-only word that is also a treatment as an item of an enumeration of named treatments ("manipulation, EMS, hot packs"). */
  amongTreatments: z.boolean().default(false),
  /** A steroid injection that is a joint injection when a joint is named in its clause. */
  jointNearby: z.boolean().default(false),
  /**
   * Care the worker does himself (home exercises, ice and heat): after "continue" it is kept up also
   * as a later item of a list ("Cont ice/heat, HEP"), and "HEP reviewed" in a plan is a program under way.
   */
  selfCare: z.boolean().default(false),
  /** A program whose course is counted in days attended ("Completed 20 days of 30 authorized"), not visits. */
  dayCounted: z.boolean().default(false),
});
export type ModalityEntry = z.infer<typeof ModalityEntry>;

/** One modality named in a text. */
export interface ModalityMention {
  modality: Modality;
  start: number;
  end: number;
  text: string;
  entry: ModalityEntry;
}

export interface ModalityFinder {
  /** Every modality mention, longest first where they overlap, in text order. */
  find(text: string): ModalityMention[];
  /** The modality a phrase is about: its first specific mention, else its first weak one. */
  primary(text: string): ModalityMention | null;
  /** True when the modality is a program counted in days attended (`dayCounted`). */
  countedInDays(modality: Modality): boolean;
}

const toMention = (m: Match<ModalityEntry>): ModalityMention =>
  ({ modality: m.entry.modality, start: m.start, end: m.end, text: m.text, entry: m.entry });

const finders = new Map<string, ModalityFinder>();

/**
 * The shared modality lookup of prior treatments, requests and pain relief. Built once per
 * lexicon directory (the matcher compiles every surface form), so each extractor may ask for it.
 */
export function createModalityFinder(dir: string = DEFAULT_LEXICON_DIR): ModalityFinder {
  const hit = finders.get(dir);
  if (hit) return hit;
  const lexicon = loadLexicon('modalities', ModalityEntry, dir);
  const matcher = createMatcher(lexicon.entries);
  const byDays = new Set(lexicon.entries.filter((e) => e.dayCounted).map((e) => e.modality));
  const finder: ModalityFinder = {
    countedInDays: (modality) => byDays.has(modality),
    find: (text) => matcher.findAll(text).map(toMention),
    primary(text) {
      const all = finder.find(text);
      return all.find((m) => !m.entry.weak) ?? all[0] ?? null;
    },
  };
  finders.set(dir, finder);
  return finder;
}
