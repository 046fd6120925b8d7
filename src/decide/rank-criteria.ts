import type { AppliedCriterion } from './apply-criterion.ts';

/** not_met (the record contradicts the criterion) outranks not_documented (the record is silent), then met; then weight. */
const STATUS_RANK = { not_met: 0, not_documented: 1, met: 2, not_applicable: 3 } as const;

/** Orders applied criteria the way reasons are given: contradictions first, heavier criteria first. */
export const byWeight = (a: AppliedCriterion, b: AppliedCriterion) => STATUS_RANK[a.result.status] - STATUS_RANK[b.result.status] || b.weight - a.weight;
