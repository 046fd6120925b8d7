import { z } from 'zod';
import { cite, factsOfType, modalityName, statesAbsence } from '../facts-in-force.ts';
import { definePredicate } from './types.ts';

/**
 * Efficacy in pain terms from prior treatment: a percent relief attributed to the modality (or to
 * nothing named), or a pain score before and after treatment that fell. With `minPercent`, relief
 * below it is stated but not enough (not_met); relief attributed to another modality does not count.
 */
export const painReliefDocumented = definePredicate({
  kind: 'pain-relief-documented',
  params: z.strictObject({ minPercent: z.number().min(0).max(100).optional() }),
  reads: ['pain_relief', 'pain_score'],
  placeholders: ['relief'],
  evaluate({ minPercent }, s) {
    const modality = s.modality;
    const all = factsOfType(s.facts, 'pain_relief');
    const missing = all.filter(statesAbsence);
    const relief = all.filter((f) => !statesAbsence(f) && (f.value.attributedTo === null || f.value.attributedTo === modality));
    if (relief.length > 0) {
      const best = relief.reduce((a, b) => (b.value.percentHigh > a.value.percentHigh ? b : a));
      const vars = { relief: `${best.value.percentHigh}%` };
      if (minPercent !== undefined && best.value.percentHigh < minPercent) {
        return { status: 'not_met', explanation: `Best relief stated is ${best.value.percentHigh}% (${cite(best)}), below ${minPercent}%.`, facts: [best.id], vars };
      }
      return { status: 'met', explanation: `Pain relief is documented: ${relief.map(cite).join('; ')}.`, facts: relief.map((f) => f.id), vars };
    }
    const scores = factsOfType(s.facts, 'pain_score').filter((f) => !statesAbsence(f));
    const before = scores.filter((f) => f.value.qualifier === 'before_treatment');
    const after = scores.filter((f) => f.value.qualifier === 'after_treatment');
    const fell = before.flatMap((b) => after.filter((a) => a.value.value / a.value.max < b.value.value / b.value.max).map((a) => [b, a]));
    if (fell.length > 0) {
      const [b, a] = fell[0];
      return { status: 'met', explanation: `Pain fell from ${b.value.value}/${b.value.max} to ${a.value.value}/${a.value.max} with treatment (${b.id}, ${a.id}).`, facts: [b.id, a.id], vars: { relief: `${b.value.value}/${b.value.max} to ${a.value.value}/${a.value.max}` } };
    }
    const said = missing.length ? ` The record says relief is not documented: ${missing.map(cite).join('; ')}.` : '';
    return {
      status: 'not_documented',
      explanation: `Looked for percent pain relief from ${modalityName(modality)} or a pain score before and after treatment; none found.${said}`,
      facts: missing.map((f) => f.id),
      vars: { relief: 'no quantified relief' },
    };
  },
});
