import type { ItemScreening } from '../core/decision.ts';
import type { Fact } from '../core/fact.ts';
import type { DrugClassName as DrugClass } from './drug-class.ts';
import type { RequestedItem } from '../core/request.ts';
import { applyCriterion, type AppliedCriterion } from './apply-criterion.ts';
import { modalityName } from './facts-in-force.ts';
import { loadRulePacks } from './load-rule-packs.ts';
import type { LoadedRulePack } from './rule-pack-schema.ts';
import { createDrugClassLookup } from './drug-class.ts';
import { selectPack } from './select-pack.ts';
import { createSituation } from './situation.ts';

export interface DeciderOptions {
  /** Rule pack files, relative to `pipelines/` or absolute. */
  packs: string[];
  /** Where the medications lexicon is, for the drug class of medication requests. */
  lexiconDir?: string;
}

/** not_met (the record contradicts the criterion) outranks not_documented (the record is silent); then weight. */
const STATUS_RANK = { not_met: 0, not_documented: 1, met: 2, not_applicable: 3 } as const;
const byWeight = (a: AppliedCriterion, b: AppliedCriterion) => STATUS_RANK[a.result.status] - STATUS_RANK[b.result.status] || b.weight - a.weight;

/**
 * No pack covers the modality: the item is not screened, and says so. The prediction falls back to
 * what IMR usually decides (about nine in ten disputed items are upheld: the requesting provider
 * carries the burden of showing medical necessity), with no gaps, since no criterion was applied.
 */
function unscreened(item: RequestedItem): ItemScreening {
  return {
    item, packId: null, criteria: [], gaps: [], outcome: 'not_supported', decision: 'Upheld',
    reasons: [`No rule pack covers ${modalityName(item.modality)}; the item was not screened against guideline criteria, and the prediction is the IMR base rate (most disputed items are upheld), not a finding.`],
  };
}

/** Screens one item against one pack: every criterion, its gaps, and the predicted outcome. */
export function screenItem(
  item: RequestedItem, facts: Fact[], pack: LoadedRulePack | null,
  extra: { drugClass?: DrugClass | null; others?: ItemScreening[] } = {},
): ItemScreening {
  if (!pack) return unscreened(item);
  const situation = createSituation(item, facts, pack, extra);
  const applied = pack.criteria.map((c) => applyCriterion(pack, c, situation));
  const ranked = [...applied].sort(byWeight);
  const gaps = ranked.flatMap((a) => (a.gap ? [a.gap] : []));
  const criteria = applied.map((a) => a.result);
  if (gaps.length > 0) {
    return { item, packId: pack.pack, criteria, gaps, outcome: 'not_supported', decision: 'Upheld', reasons: gaps.map((g) => g.message) };
  }
  const met = ranked.filter((a) => a.result.status === 'met').map((a) => a.result.explanation);
  const reasons = met.length ? met : [`No criterion of ${pack.pack} applies to this request, and none failed.`];
  return { item, packId: pack.pack, criteria, gaps, outcome: 'supported', decision: 'Overturned', reasons };
}

/**
 * Builds the decision stage: packs are loaded and validated once (a bad pack fails here, before any
 * case runs); `decide` is then a pure function of the items and the case's facts.
 */
export function createDecider(options: DeciderOptions) {
  const packs = loadRulePacks(options.packs);
  const drugClassOf = createDrugClassLookup(options.lexiconDir);
  return function decide(items: RequestedItem[], facts: Fact[]): ItemScreening[] {
    const chosen = items.map((item) => {
      const drugClass = drugClassOf(item.text);
      return { item, drugClass, pack: selectPack(packs, item, drugClass) };
    });
    // Independent items first; a dependent item (post-op therapy, an assistant surgeon) is then
    // screened knowing how the items it may depend on came out.
    const first = chosen.map(({ item, drugClass, pack }) => screenItem(item, facts, pack, { drugClass }));
    return chosen.map(({ item, drugClass, pack }, i) => {
      if (!pack || pack.dependentWhen.length === 0) return first[i];
      return screenItem(item, facts, pack, { drugClass, others: first.filter((_, j) => j !== i) });
    });
  };
}
export type Decider = ReturnType<typeof createDecider>;
