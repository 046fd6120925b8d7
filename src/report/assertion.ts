import type { Fact, FactType } from '../core/fact.ts';
import type { ContextCategory } from '../core/context.ts';

/**
 * Which context categories make a fact not count as something the record asserts, per fact type.
 * A negated medication is not taken; a hypothetical (requested, planned) treatment is not one
 * received; a family diagnosis is not the worker's. Documentation gaps are kept: for functional
 * improvement they are the evidence itself ("no documentation of functional benefit").
 */
const EXCLUDED: Record<FactType, ContextCategory[]> = {
  age: ['family'],
  sex: ['family'],
  date_of_injury: ['hypothetical'],
  diagnosis: ['negated', 'family', 'possible', 'hypothetical'],
  prior_treatment: ['negated', 'family', 'hypothetical', 'documentation_gap'],
  pain_relief: ['negated', 'family', 'hypothetical', 'documentation_gap'],
  pain_score: ['family'],
  functional_improvement: ['family', 'hypothetical'],
  medication: ['negated', 'family', 'hypothetical'],
  work_status: ['family', 'hypothetical', 'documentation_gap'],
  exam_finding: ['negated', 'family', 'hypothetical'],
  red_flag: ['negated', 'family', 'hypothetical'],
  surgical_status: ['negated', 'family'],
  diagnostic_study: ['negated', 'family', 'hypothetical'],
  drug_monitoring: ['negated', 'family', 'hypothetical'],
  clinical_indication: ['negated', 'family', 'hypothetical'],
  care_course: ['negated', 'family', 'hypothetical'],
  injury_chronicity: [],
};

const FLAG: Record<ContextCategory, keyof Fact['context']> = {
  negated: 'negated', possible: 'possible', hypothetical: 'hypothetical', historical: 'historical',
  family: 'family', documentation_gap: 'documentationGap',
};

/** True when the record asserts the fact for the worker (see EXCLUDED). */
export function isAsserted(fact: Fact): boolean {
  return !EXCLUDED[fact.type].some((c) => fact.context[FLAG[c]] === true);
}
