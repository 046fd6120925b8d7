import type { CaseResult } from '../core/case-result.ts';
import type { Fact, FactOf, FactType } from '../core/fact.ts';
import { isAsserted } from '../report/assertion.ts';

/** A family of facts a reviewer expects in the record, and how to tell a case lacks it. */
export interface FactFamily {
  id: string;
  label: string;
  /** Whether the family is expected of this case at all (counts only matter once treatment is mentioned). */
  relevant: (facts: Fact[]) => boolean;
  missing: (facts: Fact[]) => boolean;
}

const of = <T extends FactType>(facts: Fact[], type: T) => facts.filter((f): f is FactOf<T> => f.type === type);

/** Prior treatments other than drugs: drugs have no session count. */
const sessions = (facts: Fact[]) => of(facts, 'prior_treatment').filter((f) => f.value.modality !== 'medication');

/**
 * The facts most often asked for in a review: prior session counts, functional measures, pain
 * relief with its duration, work status, pain scores. Only asserted facts count; a statement that
 * functional improvement is not documented is itself a missing functional measure.
 */
export const FACT_FAMILIES: FactFamily[] = [
  {
    id: 'prior_count', label: 'prior session counts',
    relevant: (facts) => sessions(facts).length > 0,
    // Missing when some modality the record says was given has no count anywhere.
    missing: (facts) => {
      const byModality = new Map<string, boolean>();
      for (const f of sessions(facts)) byModality.set(f.value.modality, (byModality.get(f.value.modality) ?? false) || f.value.count !== null);
      return [...byModality.values()].some((counted) => !counted);
    },
  },
  {
    id: 'functional_measure', label: 'functional measures', relevant: () => true,
    missing: (facts) => !of(facts, 'functional_improvement').some((f) => f.value.direction !== 'absent_documentation'),
  },
  {
    id: 'pain_relief_duration', label: 'pain relief with duration', relevant: () => true,
    missing: (facts) => !of(facts, 'pain_relief').some((f) => f.value.duration !== null),
  },
  {
    id: 'work_status', label: 'work status', relevant: () => true,
    missing: (facts) => !of(facts, 'work_status').some((f) => f.value.category !== 'unclear' && !f.context.documentationGap),
  },
  { id: 'pain_score', label: 'pain scores', relevant: () => true, missing: (facts) => of(facts, 'pain_score').length === 0 },
];

/** The ids of the fact families a case is missing (among those relevant to it). */
export function missingFamilies(result: CaseResult): string[] {
  const facts = result.facts.filter(isAsserted);
  return FACT_FAMILIES.filter((fam) => fam.relevant(facts) && fam.missing(facts)).map((fam) => fam.id);
}

/** Whether each family is relevant to a case. */
export function relevantFamilies(result: CaseResult): string[] {
  const facts = result.facts.filter(isAsserted);
  return FACT_FAMILIES.filter((fam) => fam.relevant(facts)).map((fam) => fam.id);
}
