import type { BaseEntry } from '../lexicon/entry.ts';
import type { Matcher } from '../text/matcher.ts';

/** The lexicon matchers a percentage is checked against (`relief-terms.yaml` roles, the drug names). */
export interface NotReliefCues {
  /** Formulation words ("cream", "patch"): a percentage next to one is a drug's strength. */
  strength: Matcher<BaseEntry>;
  /** Drug names from the medications lexicon. */
  drugs: Matcher<BaseEntry>;
  /** Words for medication taken ("meds", "opioids", "pain pills", "intake"). */
  medicationUse: Matcher<BaseEntry>;
  /** Change words ("reduced", "decrease", "cut"). */
  change: Matcher<BaseEntry>;
  /** Words that make a percentage after them in the clause a criterion or goal ("require", "goal of"). */
  threshold: Matcher<BaseEntry>;
}

// Grammar around a percentage, not vocabulary: what may stand between it and a formulation or
// drug ("4% lidocaine cream", "Lidocaine 5%/Flurbiprofen 20%"), and where a clause ends.
// Words that tie a percentage to what it relieves ("50% relief from compound cream") break the tie to a formulation.
const UP_TO_TWO_WORDS = /^\s*(?:(?!(?:from|with|after|since|by|of|for|in|relief|improvement|better|reduction|pain)(?![A-Za-z-]))[A-Za-z-]+\s+){0,2}$/iu;
const ADJACENT = /^[\s:-]*$/u;
const AFTER_STRENGTH = /^\s*(?:[,/;)+&]|and\b|$)/iu;
const CLAUSE = /[.;]|,\s*(?:and|but)\s|\bbut\s/iu;
const PAIN = /\bpain\b|\bsymptoms?\b/iu;

/**
 * Tells percentages that stand in a relief sentence but are not relief: a drug's strength
 * ("Lidocaine 5% patch", "4% lidocaine cream", "Flurbiprofen 20%/Baclofen 5%") and a reduction
 * of medication taken ("decreased her Norco by 50%", "a 30% reduction in opioid use"), which is
 * functional improvement (medication use), not pain relief; and a criterion, goal or expectation
 * ("guidelines require 50-70% relief", "the goal is 30% improvement"), which reports nothing.
 */
export function createNotReliefTest(cues: NotReliefCues) {
  const hits = (m: Matcher<BaseEntry>, text: string) => m.findAll(text);

  function isStrength(s: string, start: number, end: number): boolean {
    const after = s.slice(end, end + 40);
    // "4% lidocaine cream", "Voltaren 1% gel": a formulation or drug within two words after it.
    if ([...hits(cues.strength, after), ...hits(cues.drugs, after)].some((m) => UP_TO_TWO_WORDS.test(after.slice(0, m.start)))) return true;
    // "Ketoprofen 10%, ...", "Lidocaine 5%/": a drug right before it and no relief word after it.
    const before = s.slice(Math.max(0, start - 40), start);
    const drug = hits(cues.drugs, before).at(-1);
    return drug !== undefined && ADJACENT.test(before.slice(drug.end)) && AFTER_STRENGTH.test(after);
  }

  /** Medication words in `text` outside which no pain word stands ("pain medication" is medication). */
  function namesMedication(text: string): boolean {
    const meds = [...hits(cues.drugs, text), ...hits(cues.medicationUse, text)];
    if (!meds.length) return false;
    let rest = text;
    for (const m of meds) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
    return !PAIN.test(rest);
  }

  function isMedicationChange(s: string, start: number, end: number): boolean {
    // "decreased her Norco by 50%": a change word, then the medication, then the percentage.
    const left = s.slice(Math.max(0, start - 50), start);
    const change = hits(cues.change, left).at(-1);
    if (change && !CLAUSE.test(left.slice(change.end)) && namesMedication(left.slice(change.end))) return true;
    // "a 50% reduction in Norco use": the percentage, a change word, then the medication.
    const right = s.slice(end, end + 50);
    const cut = CLAUSE.exec(right);
    const clause = cut ? right.slice(0, cut.index) : right;
    const next = hits(cues.change, clause)[0];
    return next !== undefined && next.start <= 3 && namesMedication(clause.slice(next.end, next.end + 30));
  }

  function isThreshold(s: string, start: number): boolean {
    const left = s.slice(Math.max(0, start - 60), start);
    const cue = hits(cues.threshold, left).at(-1);
    return cue !== undefined && !/[.;]/u.test(left.slice(cue.end));
  }

  return (sentence: string, start: number, end: number) =>
    isStrength(sentence, start, end) || isMedicationChange(sentence, start, end) || isThreshold(sentence, start);
}
