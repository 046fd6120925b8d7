import type { Fact, FactOf, FactType } from '../core/fact.ts';

/**
 * The facts the decision stage may rest on: a negated ("denies numbness"), hypothetical ("if PT
 * fails") or family ("mother had surgery") mention says nothing about this worker's course.
 * Documentation-gap facts stay: "no documentation of functional benefit" is evidence of absence.
 * Historical and possible mentions stay too; prior treatment is historical by nature.
 */
export function isInForce(fact: Fact): boolean {
  // Computed from the case's dates, not read from a sentence: the words around its anchor do not qualify it.
  if (fact.type === 'injury_chronicity') return true;
  const c = fact.context;
  return !c.negated && !c.hypothetical && !c.family;
}

/** A fact that states something is missing from the record rather than present in it. */
export function statesAbsence(fact: Fact): boolean {
  return fact.context.documentationGap;
}

/** The facts in force of one type. */
export function factsOfType<T extends FactType>(facts: Fact[], type: T): FactOf<T>[] {
  return facts.filter((f): f is FactOf<T> => f.type === type && isInForce(f));
}

/** Human name of a modality code: `physical_therapy` → "physical therapy". */
export function modalityName(modality: string): string {
  return modality.replace(/_/g, ' ');
}

/** Cites a fact in an explanation: its id and its words, so a reader can find it in the record. */
export function cite(fact: Fact): string {
  return `${fact.id} "${fact.text}"`;
}
