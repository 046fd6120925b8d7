import type { z } from 'zod';
import type { FiDirection } from '../core/fact.ts';
import type { Match } from '../text/matcher.ts';
import type { FibEntry, Topic } from './functional-improvement-backoff-topics.ts';

// The back-off's direction rules: what a change cue says of a function topic in one clause, given
// the clause's situation (a documentation gap, a negation, a burden, a time reference ...).
type Direction = z.infer<typeof FiDirection>;
type Cue = Match<FibEntry>;

/** What the back-off found around a cue in its clause. */
export interface Situation { gap: boolean; negated: boolean; burden: boolean; timed: boolean; amount: boolean; record: boolean; enabled?: boolean }

/** The direction a cue gives its topic, or null when the clause is no evidence. */
export function directionOf(cue: Cue, t: Topic, s: Situation): Direction | null {
  const effect = cue.entry.effect;
  const objective = t.dimension === 'objective_measure';
  const better = effectiveBetter(t, s.burden);
  switch (effect) {
    case 'improved':
      if (s.gap || (s.negated && s.record)) return 'absent_documentation';
      return s.negated ? 'not_improved' : 'improved';
    case 'worsened':
      // A loss said with no time ("functional capacity worsening") is the injury's history, not the course of care.
      return s.gap || s.negated || !s.timed ? null : 'worsened';
    case 'same':
      // "No change in medications" keeps a regimen, not a use; an exam value unchanged needs a time.
      if (s.gap || s.negated || (t.kind === 'use' && !s.amount) || (objective && !s.timed)) return null;
      return 'not_improved';
    case 'up':
    case 'down':
      // A use said to go down under a record's doubt ("not clear whether her Norco use has decreased")
      // is absent documentation, time or no time.
      if (t.moves && t.kind === 'use' && s.gap) return 'absent_documentation';
      // "Decreased ROM" is an exam finding and "Norco reduced to 1 tab BID" an order, unless said over time.
      if (!t.moves || ((objective || t.kind === 'use') && !s.timed)) return null;
      if (s.gap) return 'absent_documentation';
      // "Sitting tolerance has not increased": no gain.
      if (s.negated) return 'not_improved';
      if ((effect === 'up') === (better === 'higher')) return 'improved';
      return s.timed ? 'worsened' : null;
    case 'change':
      if (s.gap) return 'absent_documentation';
      return s.negated && t.kind !== 'use' ? 'not_improved' : null;
    case 'now':
      // A use or a restriction "again" or "now" says nothing of its amount.
      if (t.kind === 'use' || t.better === 'lower') return null;
      // "No description of which ADLs she can now perform": the record lacks the gain.
      if (s.gap) return 'absent_documentation';
      // "The medication does not let her cook" is no gain (and no stated loss).
      if ((s.enabled || cue.entry.gainOnly) && s.negated) return null;
      if (s.burden) return cue.entry.gainOnly ? null : 'worsened';
      return 'improved';
    case 'still':
      return t.kind === 'use' || s.gap || !s.burden ? null : 'not_improved';
    case 'stopped':
      // A walking aid given up is a gain ("stopped using crutches"); a drug stopped is often a failed trial.
      if (s.gap || (t.kind === 'use' && t.dimension === 'medication_use' && !cue.entry.forUse)) return null;
      return t.kind === 'use' || t.better === 'lower' || s.burden ? 'improved' : 'worsened';
    default:
      return null;
  }
}

/** A topic's `better`, turned around by a need or limit said of an ability ("more difficulty walking"). */
export function effectiveBetter(t: Topic, burden: boolean): 'higher' | 'lower' {
  return t.kind === 'ability' && t.better === 'higher' && burden ? 'lower' : t.better;
}
