import type { Fact, FactOf } from '../core/fact.ts';
import { cite, factsOfType, statesAbsence } from './facts-in-force.ts';

type FiFact = FactOf<'functional_improvement'>;

/** documented: gain shown; contradicted: function did not improve; absent: the record says it is not documented; not_found: nothing said. */
export type FiStatus = 'documented' | 'contradicted' | 'absent' | 'not_found';

export interface FiAssessment {
  status: FiStatus;
  improved: FiFact[];
  against: FiFact[];
  absent: FiFact[];
  /** The facts the status rests on. */
  basis: FiFact[];
  summary: string;
}

/**
 * Weighs functional-improvement evidence the way 8 CCR 9792.20(e) reads: a gain in a named
 * dimension (ADLs, work restrictions, activity tolerance, medication use, an objective measure)
 * is documented improvement even if another sentence says some other function did not change.
 * A general "doing better" counts only when nothing in the record says improvement is absent or
 * missing; reviewers discount vague gains against an explicit "no documentation of functional benefit".
 */
export function assessFunctionalImprovement(facts: Fact[]): FiAssessment {
  const fi = factsOfType(facts, 'functional_improvement');
  const absent = fi.filter((f) => statesAbsence(f) || f.value.direction === 'absent_documentation');
  const rest = fi.filter((f) => !absent.includes(f));
  const improved = rest.filter((f) => f.value.direction === 'improved');
  const against = rest.filter((f) => f.value.direction === 'not_improved' || f.value.direction === 'worsened');
  const specific = improved.filter((f) => f.value.dimension !== 'general');
  const list = (fs: FiFact[]) => fs.map(cite).join('; ');
  const base = { improved, against, absent };
  if (specific.length > 0) {
    return { ...base, status: 'documented', basis: specific, summary: `Functional improvement is documented: ${list(specific)}.` };
  }
  if (improved.length > 0 && against.length === 0 && absent.length === 0) {
    return { ...base, status: 'documented', basis: improved, summary: `Functional improvement is stated in general terms: ${list(improved)}.` };
  }
  if (against.length > 0) {
    return { ...base, status: 'contradicted', basis: against, summary: `The record states function did not improve: ${list(against)}.` };
  }
  if (absent.length > 0) {
    const vague = improved.length > 0 ? ` A general statement of improvement (${list(improved)}) names no functional measure.` : '';
    return { ...base, status: 'absent', basis: [...absent, ...improved], summary: `The record states functional improvement is not documented: ${list(absent)}.${vague}` };
  }
  return {
    ...base, status: 'not_found', basis: [],
    summary: 'Looked for reduced work restrictions, increased activity tolerance, improved ADLs, reduced medication use or an objective functional measure; none is documented.',
  };
}
