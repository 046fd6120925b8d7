import type { CriterionResult, Gap } from '../core/decision.ts';
import { PREDICATES } from './predicates/registry.ts';
import { renderMessage, templateFor } from './render-message.ts';
import type { Criterion, LoadedRulePack } from './rule-pack-schema.ts';
import { commonVars, whyNotApplicable, type Situation } from './situation.ts';

/** One criterion applied to one item: the result, the gap when it fails, and its weight for ordering. */
export interface AppliedCriterion {
  result: CriterionResult;
  /** The gap the rules raise: the criterion failed (not met, or not documented). */
  gap: Gap | null;
  /**
   * The gap as it reads when a calibration raises it: the rule gap for a failing result; for a
   * `met` result, the not-documented wording with what was found, since reviewers in comparable
   * cases usually did not accept that evidence as enough.
   */
  candidate: Gap | null;
  weight: number;
}

/** Runs a criterion's predicate (unless `appliesWhen` rules it out) and renders its gap message. */
export function applyCriterion(pack: LoadedRulePack, criterion: Criterion, s: Situation): AppliedCriterion {
  const base = { criterionId: criterion.id, packId: pack.pack, description: criterion.description, source: criterion.source };
  const skip = whyNotApplicable(criterion.appliesWhen, s);
  if (skip) return { result: { ...base, status: 'not_applicable', explanation: skip, facts: [] }, gap: null, candidate: null, weight: criterion.weight };
  // The loader checked the kind and the params, so both are safe here.
  const { kind, ...params } = criterion.predicate;
  const def = PREDICATES[kind];
  const outcome = def.evaluate(def.params.parse(params), s);
  const result: CriterionResult = { ...base, status: outcome.status, explanation: outcome.explanation, facts: outcome.facts };
  const vars = { ...commonVars(s), ...outcome.vars };
  const gapOf = (message: string): Gap => ({ code: criterion.gap, message, criterionId: criterion.id, source: criterion.source, facts: outcome.facts });
  if (outcome.status === 'met') {
    const message = `${renderMessage(templateFor(criterion.message, 'not_documented'), vars)}; the record shows only this: ${outcome.explanation}`;
    return { result, gap: null, candidate: gapOf(message), weight: criterion.weight };
  }
  if (outcome.status !== 'not_met' && outcome.status !== 'not_documented') return { result, gap: null, candidate: null, weight: criterion.weight };
  const gap = gapOf(renderMessage(templateFor(criterion.message, outcome.status), vars));
  return { result, gap, candidate: gap, weight: criterion.weight };
}
