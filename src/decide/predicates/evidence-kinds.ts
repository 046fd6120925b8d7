import { z } from 'zod';
import type { Fact } from '../../core/fact.ts';
import { cite } from '../facts-in-force.ts';

/** The evidence fact types a pack may ask about (see `src/extract/evidence-lexicon.ts`). */
export const EvidenceType = z.enum([
  'exam_finding', 'red_flag', 'surgical_status', 'diagnostic_study', 'drug_monitoring', 'clinical_indication', 'care_course',
  'injury_chronicity',
]);
export type EvidenceType = z.infer<typeof EvidenceType>;

/** Lexicon kinds, snake_case, as the evidence lexicons write them. */
export const Kinds = z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'kinds are snake_case')).min(1);

/** Facts of one evidence type whose kind is listed, from the given facts. */
export function ofKinds(facts: Fact[], type: EvidenceType, kinds: readonly string[]): Fact[] {
  return facts.filter((f) => f.type === type && kinds.includes((f.value as { kind: string }).kind));
}

/** A negated mention ("no red flags", "denies numbness") that says the evidence is absent. */
export function negatedOnly(facts: Fact[]): Fact[] {
  return facts.filter((f) => f.context.negated && !f.context.hypothetical && !f.context.family);
}

/** Up to three citations, so an explanation stays readable on a long record. */
export function citeSome(facts: Fact[]): string {
  const shown = facts.slice(0, 3).map(cite).join('; ');
  return facts.length > 3 ? `${shown}; and ${facts.length - 3} more` : shown;
}
