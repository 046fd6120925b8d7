import { z } from 'zod';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/**
 * One entry of `functional-improvement-tasks.yaml`: a daily task (`held`: an object held in the
 * hand), a measure of tolerance, a duration (`timed`) or a work setting (`work`).
 */
export const FiTaskEntry = entrySchema({
  kind: z.enum(['adl_task', 'measure', 'timed', 'work']),
  held: z.boolean().default(false),
  /** A task that stays ADL with any measure or duration ("still unable to vacuum for more than 5 min"). */
  keeps: z.boolean().default(false),
});
export type FiTaskEntry = z.infer<typeof FiTaskEntry>;

// A statement's phrase ends at punctuation that closes it, a dash between spaces, or "but".
const PHRASE_END = /[,;:()\n]|\.(?!\d)|\s[-–—]+\s|\s(?:but|despite|although|though|because|since|while|when|which|until|after)\s/iu;

/**
 * The verb class x task class rule for abilities: a tolerance verb (walk, lift, carry, climb,
 * drive) whose phrase names a daily task or a household object, and no quantity or tolerance, is
 * an ADL statement ("still unable to drive", "resumed driving on the highway", "can now carry
 * his lunch cooler"); with a measure it stays activity tolerance ("can drive for 2 hours").
 * The other way round, a daily task said with a duration or at work is a tolerance (`timed`:
 * "able to do light yard work 30 min", "still cannot reach overhead to stock shelves at work");
 * a weight alone keeps it a task ("can carry a 10 lb basket"), and so does an object held for a time
 * ("cannot grip a mug for more than a minute"). A `keeps` task (housework indoors, transit rides)
 * stays ADL whatever measure is said with it ("still unable to vacuum for more than 5 min").
 * Returns functions telling, for a statement span in a text, which it is.
 */
export function createTaskClassifier(lexiconDir?: string) {
  const entries = loadLexicon('functional-improvement-tasks', withPlaceholders(FiTaskEntry), lexiconDir).entries;
  const tasks = createMatcher(entries.filter((e) => e.kind === 'adl_task'));
  const measures = createMatcher(entries.filter((e) => e.kind === 'measure'));
  const timed = createMatcher(entries.filter((e) => e.kind === 'timed'));
  const work = createMatcher(entries.filter((e) => e.kind === 'work'));
  const held = createMatcher(entries.filter((e) => e.kind === 'adl_task' && e.held));
  const kept = createMatcher(entries.filter((e) => e.kind === 'adl_task' && e.keeps));
  const phraseOf = (text: string, start: number, end: number) => {
    const after = text.slice(end, end + 120);
    const cut = PHRASE_END.exec(after);
    return text.slice(start, end) + (cut ? after.slice(0, cut.index) : after);
  };
  return {
    isAdlTask(text: string, start: number, end: number): boolean {
      const phrase = phraseOf(text, start, end);
      return kept.findAll(phrase).length > 0 || (tasks.findAll(phrase).length > 0 && measures.findAll(phrase).length === 0);
    },
    // Holding an object for a time stays a hand task ("cannot grip a mug for more than a minute").
    isTimedTask(text: string, start: number, end: number): boolean {
      const phrase = phraseOf(text, start, end);
      if (kept.findAll(phrase).length > 0 && work.findAll(phrase).length === 0) return false;
      return work.findAll(phrase).length > 0 || (timed.findAll(phrase).length > 0 && held.findAll(phrase).length === 0);
    },
  };
}
