import { z } from 'zod';
import { Modality } from '../core/modality.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';
import type { Section } from '../text/sections.ts';
import type { ModalityFinder } from './modality.ts';

/** An entry of `pipelines/lexicons/treatment-sections.yaml`: header words and what they mean. */
export const TreatmentSectionEntry = entrySchema({
  role: z.enum(['plan', 'steps', 'title']),
  /** For `title`: the therapies whose own notes count their visits ("ACUPUNCTURE PROGRESS REPORT"). */
  therapies: z.array(Modality).default([]),
});
export type TreatmentSectionEntry = z.infer<typeof TreatmentSectionEntry>;

/** How a section's header bears on the treatments named in its body. */
export type HeaderRole = 'plan' | 'steps' | null;

const cache = new Map<string, (header: string | null | undefined) => HeaderRole>();

/**
 * Reads a section header for prior treatments. A plan word anywhere in it ("LONG-TERM GOALS TO BE
 * MET IN 8 WEEKS", "EVALUATION/RECOMMENDATION") makes its body care to come; a procedure-narrative
 * header ("DESCRIPTION OF PROCEDURE", "INFORMED CONSENT") counts only at the start, so "INDICATION
 * FOR PROCEDURE", which tells the history, stays an ordinary section.
 */
export function createHeaderReader(dir: string = DEFAULT_LEXICON_DIR): (header: string | null | undefined) => HeaderRole {
  const hit = cache.get(dir);
  if (hit) return hit;
  const lexicon = loadLexicon('treatment-sections', TreatmentSectionEntry, dir);
  const matcher = createMatcher(lexicon.entries);
  const read = (header: string | null | undefined): HeaderRole => {
    if (!header) return null;
    const found = matcher.findAll(header);
    if (found.some((m) => m.entry.role === 'plan')) return 'plan';
    if (found.some((m) => m.entry.role === 'steps' && m.start === 0)) return 'steps';
    return null;
  };
  cache.set(dir, read);
  return read;
}

/**
 * True when a treatment named at `at` (a document offset) is part of a section title in capitals
 * that joins it with another topic: "OCCUPATIONAL THERAPY / VOCATIONAL:", "PT & WORK STATUS:". Such a
 * title says what the section is about; its body says whether the care was had.
 */
export function inTopicTitle(section: Pick<Section, 'header' | 'headerStart'> | null, at: number, modalities: ModalityFinder): boolean {
  if (!section || /[a-z]/u.test(section.header) || at < section.headerStart || at >= section.headerStart + section.header.length) return false;
  const parts = section.header.split(/\s*(?:\/|&|\bAND\b|\+)\s*/u).filter((p) => /[A-Z]/u.test(p));
  return parts.length > 1 && parts.some((p) => modalities.find(p).length === 0);
}
