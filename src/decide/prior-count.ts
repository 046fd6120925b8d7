import type { Fact, FactOf } from '../core/fact.ts';
import type { Modality } from '../core/modality.ts';
import { cite, factsOfType, modalityName, statesAbsence } from './facts-in-force.ts';

/** What the record says about earlier sessions of one modality. */
export interface PriorCount {
  /** Largest count stated, or null when no mention gives one. */
  count: number | null;
  /** The fact that gave the count. */
  basis: FactOf<'prior_treatment'> | null;
  /** Every mention in force of the modality, counted or not. */
  mentions: FactOf<'prior_treatment'>[];
  /** Mentions that state the count is missing ("number of visits not documented"). */
  gaps: FactOf<'prior_treatment'>[];
  /** One sentence for an explanation. */
  summary: string;
}

/**
 * Finds the number of prior sessions of a modality. Several mentions may disagree (a summary says
 * 8, a later note 12); reviewers count the largest, since sessions only accumulate, and the
 * summary says which mention was used.
 */
export function findPriorCount(facts: Fact[], modality: Modality): PriorCount {
  const mentions = factsOfType(facts, 'prior_treatment').filter((f) => f.value.modality === modality);
  const gaps = mentions.filter(statesAbsence);
  const counted = mentions.filter((f) => !statesAbsence(f) && f.value.count !== null);
  const name = modalityName(modality);
  if (counted.length === 0) {
    const summary = mentions.length === 0
      ? `No prior ${name} is mentioned in the record.`
      : `Prior ${name} is mentioned (${mentions.map(cite).join('; ')}) but no mention states how many sessions were completed.`;
    return { count: null, basis: null, mentions, gaps, summary };
  }
  const basis = counted.reduce((a, b) => ((b.value.count ?? 0) > (a.value.count ?? 0) ? b : a));
  const count = basis.value.count as number;
  const qualifier = basis.value.countQualifier && basis.value.countQualifier !== 'exact' ? ` (${basis.value.countQualifier.replace('_', ' ')})` : '';
  const others = counted.length > 1 ? `; the largest of ${counted.length} counted mentions (${counted.map((f) => `${f.id}: ${f.value.count}`).join(', ')})` : '';
  return { count, basis, mentions, gaps, summary: `${count}${qualifier} prior ${name} sessions per ${cite(basis)}${others}.` };
}
