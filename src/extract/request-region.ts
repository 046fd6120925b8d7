import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';

/** `pipelines/lexicons/body-regions.yaml`: a region's canonical name, or "*" for the words as written. */
export const BodyRegionEntry = entrySchema({ region: z.string().min(1) });
export type BodyRegionEntry = z.infer<typeof BodyRegionEntry>;

const SIDE = /(?:(?:right|left|bilateral|both)\s+(?:and\s+(?:right|left)\s+)?)$/iu;
// What may stand between two regions of one phrase ("cervical and thoracic spine", "neck, back").
const JOINER = /^(?:\s*(?:,|and|&|\/|the|of|right|left|bilateral|both)\s*)*$/iu;

/**
 * Reads the body region of a request ("MRI of the right shoulder" → "right shoulder", "PT for the
 * cervical and thoracic spine", "lumbar" → "lumbar spine"): the region words with their side, a
 * run of regions joined by commas and "and" kept as one phrase, lower-cased. Null when none.
 */
export function createRegionReader(dir: string = DEFAULT_LEXICON_DIR) {
  const matcher = createMatcher(loadLexicon('body-regions', BodyRegionEntry, dir).entries);
  return function readRegion(text: string): { region: string | null; ruleId: string | null } {
    const hits = matcher.findAll(text);
    if (hits.length === 0) return { region: null, ruleId: null };
    // The first run of regions; later runs (e.g. "to evaluate right hip incision") rarely add a region.
    let last = 0;
    while (last + 1 < hits.length && JOINER.test(text.slice(hits[last].end, hits[last + 1].start))) last++;
    const run = hits.slice(0, last + 1);
    const side = SIDE.exec(text.slice(0, run[0].start).trimEnd() + ' ');
    const sideText = side ? side[0].trim().toLowerCase() + ' ' : '';
    if (run.length === 1) {
      const h = run[0];
      const name = h.entry.region === '*' ? h.text.toLowerCase() : h.entry.region;
      return { region: (sideText + name).replace(/\s+/g, ' ').trim(), ruleId: h.entry.id };
    }
    const phrase = text.slice(run[0].start, run[run.length - 1].end).toLowerCase();
    return { region: (sideText + phrase).replace(/\s+/g, ' ').trim(), ruleId: run[0].entry.id };
  };
}
