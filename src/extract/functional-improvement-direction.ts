import { z } from 'zod';
import type { FactContext } from '../core/context.ts';
import { DrugClass, FiDimension, FiDirection } from '../core/fact.ts';

type Dimension = z.infer<typeof FiDimension>;
type Direction = z.infer<typeof FiDirection>;
import { entrySchema } from '../lexicon/entry.ts';
import { parseNumber } from '../text/numbers.ts';

/** One entry of `functional-improvement.yaml`: a statement's dimension, direction and polarity. */
export const FiEntry = entrySchema({
  dimension: FiDimension,
  direction: FiDirection,
  polarity: z.enum(['concept', 'gain', 'failure', 'void', 'gap']),
  /**
   * `drop`: a negated gain is no evidence ("has not returned to work" is a work status);
   * `absent`: a negated mention is always absent documentation: the thing is one a record holds
   * ("no validated functional scores", "no Neck Disability Index was recorded");
   * `keep`: the pattern's own words are the denial ("denies opioid use since March (was on Norco)",
   * "neither her ROM nor her grip was reassessed"): the context's negation changes nothing.
   */
  onNegated: z.enum(['not_improved', 'drop', 'absent', 'keep']).default('not_improved'),
  /** When set, the pattern's `drug` group (if it matched) must name a drug of one of these classes. */
  drugClasses: z.array(DrugClass).default([]),
  /** Medications-lexicon ids also accepted for the `drug` group: symptom drugs filed under `other` (triptans, acetaminophen). */
  drugIds: z.array(z.string()).default([]),
  /**
   * When the pattern names no drug (no `drug` group), the drug must be said before the match in its
   * sentence: an amount with its drug left out ("cut down to 1 Norco a day but is back up to 3 a day").
   */
  drugBefore: z.boolean().default(false),
  /** The pattern captures `now` and `before` values; which is better decides the direction. */
  compare: z.enum(['higher', 'lower']).optional(),
});
export type FiEntry = z.infer<typeof FiEntry>;

// Words that make a denial of improvement a statement about the record ("the documentation does
// not reflect any functional benefit") rather than about the worker ("no functional benefit").
const RECORD_WORDS = /\b(?:document\w*|records?|recorded|evidence|indicat\w*|report\w*|reflect\w*|noted|specified|provided|shows?|shown|measured|assessed|addressed|quantified|mention(?:ed)?|described)\b/iu;
// A denied gain is about the record only with words that name the record itself ("the records do
// not show a reduction in medication use"); "he reports no reduction in his opioid use" is about him.
// The worker's own report ("Pt reports no functional gains") is about the worker, not the record.
const SELF_REPORT = /\b(?:(?:the\s+)?(?:patient|pt|he|she|they|worker|claimant|applicant|employee)\s+(?:reports?|reported|states?|stated|notes?|noted|describes?|described)|per\s+(?:the\s+)?(?:patient|pt))\b/giu;
const GAIN_RECORD_WORDS = /\b(?:document\w*|records?|recorded|evidence|reflect\w*|shows?|shown)\b/iu;

/**
 * The evidence a match stands for, given its context, or null when it is none:
 * - concept ("functional improvement"): absent_documentation under a documentation gap, or when
 *   negated in a sentence about the record or with `onNegated: absent`; not_improved when otherwise negated; else nothing
 *   (a bare mention, e.g. a guideline's requirement, states nothing about the worker);
 * - gain: improved; absent_documentation under a gap or when negated in a sentence about the
 *   record; not_improved when otherwise negated;
 * - failure: as stated; nothing when negated ("has not failed therapy") or under a gap;
 * - void: never evidence itself (it cancels other evidence, see the extractor);
 * - gap: never evidence itself ("the records failed to demonstrate ..."): the extractor reads the
 *   rest of its sentence as under a documentation gap.
 * Absent documentation is coded `general` here; the extractor moves it to the entry's own dimension
 * when the sentence names only that dimension ("no documentation of reduced medication use").
 */
export function evidenceOf(entry: FiEntry, ctx: FactContext, sentence: string): { dimension: Dimension; direction: Direction } | null {
  const absent = { dimension: 'general' as const, direction: 'absent_documentation' as const };
  switch (entry.polarity) {
    case 'concept':
      if (ctx.documentationGap || (ctx.negated && entry.onNegated === 'absent')) return absent;
      if (ctx.negated) return RECORD_WORDS.test(sentence.replace(SELF_REPORT, ' ')) ? absent : { dimension: 'general', direction: 'not_improved' };
      return null;
    case 'gain':
      if (entry.onNegated === 'keep' && !ctx.documentationGap) return { dimension: entry.dimension, direction: entry.direction };
      if (ctx.documentationGap || (ctx.negated && entry.onNegated === 'absent')) return absent;
      if (ctx.negated && entry.onNegated === 'drop') return null;
      // "The record does not show a reduction in medication use" is about the record, not the worker.
      if (ctx.negated) return GAIN_RECORD_WORDS.test(sentence) ? absent : { dimension: entry.dimension, direction: 'not_improved' };
      return { dimension: entry.dimension, direction: entry.direction };
    case 'failure':
      // A stated absence whose own words are the denial ("neither ... nor her grip was reassessed").
      if (entry.onNegated === 'keep' && entry.direction === 'absent_documentation') return { dimension: entry.dimension, direction: entry.direction };
      if (ctx.documentationGap || ctx.negated) return null;
      return { dimension: entry.dimension, direction: entry.direction };
    case 'void':
    case 'gap':
      return null;
  }
}

// A passive verb of the record right after a denial ("no change in activity tolerance was reported
// after them", "no reduction in opioid use was documented"): the record lacks it.
const RECORD_AFTER = /^\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:ever|specifically|clearly|objectively|actually|subsequently|further)\s+)?(?:reported|documented|described|recorded|mentioned|demonstrated|identified|specified|quantified|indicated|established)(?![A-Za-z])/iu;

/**
 * Whether a denial ("no change in X", "no reduction in Y") is said of the record: the text right
 * after it is a passive verb of reporting ("... was reported after them").
 */
export const deniedOfRecord = (after: string): boolean => RECORD_AFTER.test(after);

/**
 * The direction a stated change takes ("can sit for 40 minutes, previously 15"): improved when
 * `now` is better than `before` by the entry's `compare`, worsened when worse, not_improved when
 * equal; null when the entry compares nothing or a value is not a number.
 */
export function comparedDirection(entry: FiEntry, groups: Record<string, string | undefined>): Direction | null {
  if (!entry.compare || groups.now === undefined || groups.before === undefined) return null;
  const scale = unitScales(groups.nowUnit, groups.beforeUnit);
  if (!scale) return null;
  const now = gradeOf(groups.now) ?? parseNumber(groups.now);
  const before = gradeOf(groups.before) ?? parseNumber(groups.before);
  if (now === null || before === null) return null;
  if (now * scale.now === before * scale.before) return 'not_improved';
  return (now * scale.now > before * scale.before) === (entry.compare === 'higher') ? 'improved' : 'worsened';
}

// Units of time convert to minutes, distances to city blocks (about 20 to the mile); other units
// compare only with themselves.
const MINUTES: Record<string, number> = { minute: 1, min: 1, hour: 60, hr: 60 };
const BLOCKS: Record<string, number> = { block: 1, mile: 20 };
const unitKey = (unit: string) => unit.toLowerCase().replace(/s$/u, '');

/** Factors that bring the two values to one unit, or null when their units cannot be compared. */
function unitScales(nowUnit?: string, beforeUnit?: string): { now: number; before: number } | null {
  if (!nowUnit || !beforeUnit) return { now: 1, before: 1 };
  const a = unitKey(nowUnit);
  const b = unitKey(beforeUnit);
  if (a === b) return { now: 1, before: 1 };
  if (a in MINUTES && b in MINUTES) return { now: MINUTES[a], before: MINUTES[b] };
  if (a in BLOCKS && b in BLOCKS) return { now: BLOCKS[a], before: BLOCKS[b] };
  return null;
}

// A manual muscle test grade with its sign ("5-", "4+"): a third of a grade above or below.
const GRADE = /^\s*(?<n>[0-5])\s*(?<sign>[+-])\s*$/u;
function gradeOf(raw: string): number | null {
  const g = GRADE.exec(raw)?.groups;
  return g ? Number(g.n) + (g.sign === '+' ? 1 / 3 : -1 / 3) : null;
}
