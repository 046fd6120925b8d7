import { z } from 'zod';
import type { FactType } from '../../core/fact.ts';
import { PredicateSpec } from '../rule-pack-schema.ts';
import { definePredicate, type PredicateDefinition, type PredicateOutcome } from './types.ts';

type Registry = Record<string, PredicateDefinition<any>>;

/** Every alternative names a predicate of the registry with valid parameters (checked when the pack loads). */
function checkAlternatives(registry: Registry, of: PredicateSpec[], ctx: z.RefinementCtx): void {
  of.forEach(({ kind, ...params }, i) => {
    const def = registry[kind];
    if (!def) {
      ctx.addIssue({ code: 'custom', path: ['of', i, 'kind'], message: `unknown predicate ${JSON.stringify(kind)}` });
      return;
    }
    if (kind === 'any-of') ctx.addIssue({ code: 'custom', path: ['of', i, 'kind'], message: 'any-of alternatives are not nested; list them in one any-of' });
    const parsed = def.params.safeParse(params);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['of', i, ...issue.path], message: issue.message });
  });
}

/**
 * A disjunctive guideline criterion as data: met when ANY alternative is met (acupuncture is an
 * option when medication is reduced or not tolerated, OR as an adjunct to physical rehabilitation).
 * not_met only when every alternative that applies is contradicted by the record; not_documented
 * when none is met and at least one is merely undocumented; not_applicable when none applies.
 * The facts and explanation are those of the alternative that decided. `lookup` returns the
 * registry the alternatives name (a function, since this predicate is part of that registry).
 */
export function createAnyOf(lookup: () => Registry) {
  const run = ({ kind, ...params }: PredicateSpec) => {
    const def = lookup()[kind];
    return { def, params: def.params.parse(params) };
  };
  return definePredicate({
    kind: 'any-of',
    params: z.strictObject({
      /** The alternatives, each a predicate spec such as `{ kind: evidence-documented, ... }`. */
      of: z.array(PredicateSpec).min(2),
      /** What satisfies the criterion, in a reviewer's words, for the not-documented explanation. */
      lookedFor: z.string().min(1),
    }).superRefine(({ of }, ctx) => checkAlternatives(lookup(), of, ctx)),
    reads: [],
    readsOf: ({ of }) => [...new Set(of.flatMap((spec) => {
      const { def, params } = run(spec);
      return def.readsOf ? def.readsOf(params) : def.reads;
    }))] as FactType[],
    placeholders: ['lookedFor', 'found'],
    evaluate({ of, lookedFor }, s) {
      const outcomes: PredicateOutcome[] = of.map((spec) => {
        const { def, params } = run(spec);
        return def.evaluate(params, s);
      });
      const found = (o: PredicateOutcome) => String(o.vars?.found ?? o.explanation);
      const met = outcomes.find((o) => o.status === 'met');
      if (met) return { status: 'met', explanation: met.explanation, facts: met.facts, vars: { lookedFor, found: found(met) } };
      const applying = outcomes.filter((o) => o.status !== 'not_applicable');
      if (applying.length === 0) return { status: 'not_applicable', explanation: 'None of the alternatives applies to this request.', facts: [] };
      const facts = [...new Set(applying.flatMap((o) => o.facts))];
      if (applying.every((o) => o.status === 'not_met')) {
        return { status: 'not_met', explanation: applying.map((o) => o.explanation).join(' '), facts, vars: { lookedFor, found: applying.map(found).join('; ') } };
      }
      // What the contradicted alternatives found (the earlier study a repeat needs a reason for)
      // is worth quoting; the undocumented ones found nothing.
      const contradicted = applying.filter((o) => o.status === 'not_met').map(found).join('; ');
      return { status: 'not_documented', explanation: `Looked for ${lookedFor}; none is documented.`, facts, vars: { lookedFor, found: contradicted || 'nothing' } };
    },
  });
}
