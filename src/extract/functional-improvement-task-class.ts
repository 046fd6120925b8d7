import { z } from 'zod';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/** One entry of `functional-improvement-tasks.yaml`: a daily task, or a measure of tolerance. */
export const FiTaskEntry = entrySchema({ kind: z.enum(['adl_task', 'measure']) });
export type FiTaskEntry = z.infer<typeof FiTaskEntry>;

// A statement's phrase ends at punctuation that closes it, a dash between spaces, or "but".
const PHRASE_END = /[,;:()\n]|\.(?!\d)|\s[-–—]+\s|\s(?:but|despite|although|though|because|since|while|when|which|until|after)\s/iu;

/**
 * The verb class x task class rule for abilities: a tolerance verb (walk, lift, carry, climb,
 * drive) whose phrase names a daily task or a household object, and no quantity or tolerance, is
 * an ADL statement ("still unable to drive", "resumed driving on the highway", "can now carry
 * his lunch cooler"); with a measure it stays activity tolerance ("can drive for 2 hours").
 * Returns a function telling, for a statement span in a text, whether it is an ADL one.
 */
export function createTaskClassifier(lexiconDir?: string) {
  const entries = loadLexicon('functional-improvement-tasks', withPlaceholders(FiTaskEntry), lexiconDir).entries;
  const tasks = createMatcher(entries.filter((e) => e.kind === 'adl_task'));
  const measures = createMatcher(entries.filter((e) => e.kind === 'measure'));
  return (text: string, start: number, end: number): boolean => {
    const after = text.slice(end, end + 120);
    const cut = PHRASE_END.exec(after);
    const phrase = text.slice(start, end) + (cut ? after.slice(0, cut.index) : after);
    return tasks.findAll(phrase).length > 0 && measures.findAll(phrase).length === 0;
  };
}
