import type { CriterionResult, Gap } from '../core/decision.ts';
import { PREDICATES } from './predicates/registry.ts';
import { renderMessage, templateFor } from './render-message.ts';
import type { Criterion, LoadedRulePack } from './rule-pack-schema.ts';
import { commonVars, whyNotApplicable, type Situation } from './situation.ts';

/** One criterion applied to one item: the result, the gap when it fails, and its weight for ordering. */
export interface AppliedCriterion {
  result: CriterionResult;
  gap: Gap | null;
  weight: number;
}

/** Runs a criterion's predicate (unless `appliesWhen` rules it out) and renders its gap message. */
export function applyCriterion(pack: LoadedRulePack, criterion: Criterion, s: Situation): AppliedCriterion {
  const base = { criterionId: criterion.id, packId: pack.pack, description: criterion.description, source: criterion.source };
  const skip = whyNotApplicable(criterion.appliesWhen, s);
  if (skip) return { result: { ...base, status: 'not_applicable', explanation: skip, facts: [] }, gap: null, weight: criterion.weight };
  // The loader checked the kind and the params, so both are safe here.
  const { kind, ...params } = criterion.predicate;
  const def = PREDICATES[kind];
  const outcome = def.evaluate(def.params.parse(params), s);
  const result: CriterionResult = { ...base, status: outcome.status, explanation: outcome.explanation, facts: outcome.facts };
  if (outcome.status !== 'not_met' && outcome.status !== 'not_documented') return { result, gap: null, weight: criterion.weight };
  const message = renderMessage(templateFor(criterion.message, outcome.status), { ...commonVars(s), ...outcome.vars });
  const gap: Gap = { code: criterion.gap, message, criterionId: criterion.id, source: criterion.source, facts: outcome.facts };
  return { result, gap, weight: criterion.weight };
}
