import { z } from 'zod';
import { FiDimension } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import { FicEntry } from './functional-improvement-compare.ts';
import { FiTaskEntry } from './functional-improvement-task-class.ts';
import { loadMedicationLexicons } from './medications-lexicon.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/** One entry of `functional-improvement-backoff.yaml` (see its header for the kinds). */
export const FibEntry = entrySchema({
  kind: z.enum(['topic', 'cue', 'connector', 'when', 'burden', 'symptom', 'block', 'agent']),
  dimension: FiDimension.optional(),
  better: z.enum(['higher', 'lower']).default('higher'),
  effect: z.enum(['improved', 'worsened', 'same', 'up', 'down', 'now', 'still', 'stopped', 'change']).optional(),
  side: z.enum(['before', 'after', 'either']).default('either'),
  order: z.enum(['now-first', 'was-first']).optional(),
  needsWhen: z.boolean().default(false),
  /** A cue that speaks of use topics too (drugs, walking aids): "stopped Norco" is no less use. */
  forUse: z.boolean().default(true),
  /**
   * A cue that counts only with a drug or a treatment (`agent` entries) as its agent: `subject`
   * ("the Norco lets her cook"), `with` ("with the medication she can garden"), `without` ("without
   * her medication she cannot cook"). A gain, whatever need it names; a person who "helps her" is none.
   */
  agent: z.enum(['subject', 'with', 'without']).optional(),
  /** A cue that reads only a gain: beside a limit or a need it says nothing ("cannot walk far now"). */
  gainOnly: z.boolean().default(false),
});
export type FibEntry = z.infer<typeof FibEntry>;

/** A function topic found in a text, whatever lexicon named it. */
export interface Topic {
  start: number;
  end: number;
  dimension: z.infer<typeof FiDimension>;
  better: 'higher' | 'lower';
  /** A topic whose values are a scale's rungs (walking aids) or a drug: no `now`/`still` verdicts. */
  kind: 'ability' | 'use';
  /** Whether a move (up, down) has a direction for it: not for an exam finding ("limp", "gait"). */
  moves: boolean;
  id: string;
}

/**
 * Every function topic of a text, from four sources: the comparison topics of
 * `functional-improvement-compare` that take every verdict (not sleep, "he feels" or work, whose
 * words "work"/"working" are too common; the back-off's own work topics are narrower), the daily
 * tasks of `functional-improvement-tasks` (ADL), the drugs of the medications lexicon that the
 * compare lexicon's medication topic names, and the back-off lexicon's own topics. Where topics
 * overlap, the longest wins ("walking distance" over "walking").
 */
export function createTopicFinder(lexiconDir?: string) {
  const own = loadLexicon('functional-improvement-backoff', withPlaceholders(FibEntry), lexiconDir).entries;
  const fic = loadLexicon('functional-improvement-compare', withPlaceholders(FicEntry), lexiconDir).entries
    .filter((e) => e.kind === 'topic' && e.dimension && (e.verdicts === 'all' || e.scale));
  const tasks = loadLexicon('functional-improvement-tasks', withPlaceholders(FiTaskEntry), lexiconDir).entries
    .filter((e) => e.kind === 'adl_task');
  const medTopic = loadLexicon('functional-improvement-compare', withPlaceholders(FicEntry), lexiconDir).entries
    .find((e) => e.kind === 'topic' && e.dimension === 'medication_use' && (e.drugClasses.length || e.drugIds.length));
  const drugs = createMatcher(loadMedicationLexicons(lexiconDir).drugs.filter((d) => medTopic && (medTopic.drugClasses.includes(d.drugClass) || medTopic.drugIds.includes(d.id))));
  const ownTopics = createMatcher(own.filter((e) => e.kind === 'topic' && e.dimension));
  const ficTopics = createMatcher(fic);
  const taskTopics = createMatcher(tasks);

  return (text: string): Topic[] => {
    const all: Topic[] = [
      ...ownTopics.findAll(text).map((m) => topicOf(m, m.entry.dimension ?? 'general', m.entry.better, m.entry.dimension === 'medication_use' ? 'use' : 'ability', true)),
      ...ficTopics.findAll(text).map((m) => topicOf(m, m.entry.dimension ?? 'general', m.entry.better ?? 'higher', m.entry.scale || m.entry.dimension === 'medication_use' ? 'use' : 'ability', m.entry.better !== undefined || m.entry.dimension === 'adl')),
      // A task named with a number is an age or a weight ("a 36-year-old"), not a task.
      ...taskTopics.findAll(text).filter((m) => !/\d/u.test(m.text)).map((m) => topicOf(m, 'adl', 'higher', 'ability', true)),
      ...drugs.findAll(text).map((m) => topicOf(m, 'medication_use', 'lower', 'use', true)),
    ];
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Topic[] = [];
    for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
    return kept.sort((a, b) => a.start - b.start);
  };
}

function topicOf(m: Match, dimension: Topic['dimension'], better: 'higher' | 'lower', kind: Topic['kind'], moves: boolean): Topic {
  return { start: m.start, end: m.end, dimension, better, kind, moves, id: m.entry.id };
}
