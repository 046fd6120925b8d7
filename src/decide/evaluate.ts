import type { ItemScreening } from '../core/decision.ts';
import type { Fact } from '../core/fact.ts';
import type { DrugClassName as DrugClass } from './drug-class.ts';
import type { RequestedItem } from '../core/request.ts';
import { applyCriterion } from './apply-criterion.ts';
import { loadCalibration, type Calibrator } from './calibration.ts';
import { calibratedOutcome } from './calibrated-outcome.ts';
import { modalityName } from './facts-in-force.ts';
import { loadRulePacks } from './load-rule-packs.ts';
import type { LoadedRulePack } from './rule-pack-schema.ts';
import { createDrugClassLookup } from './drug-class.ts';
import { createMedicationCourse, type MedicationCourseLookup } from './medication-course.ts';
import { createDrugFinder } from '../extract/request-drugs.ts';
import { selectPack } from './select-pack.ts';
import { createSituation } from './situation.ts';
import { byWeight } from './rank-criteria.ts';

export interface DeciderOptions {
  /** Rule pack files, relative to `pipelines/` or absolute. */
  packs: string[];
  /** Where the medications lexicon is, for the drug class of medication requests. */
  lexiconDir?: string;
  /**
   * The fitted calibration file (`pipelines/calibration/decision.yaml` when omitted and present);
   * null screens on the rules alone: every failing criterion is a gap, and any gap means Upheld.
   */
  calibration?: string | null;
}

/** Extra inputs of one screening: the drug class, the case's other items, the calibration. */
export interface ScreenExtra { drugClass?: DrugClass | null; others?: ItemScreening[]; calibrator?: Calibrator | null; medicationCourse?: MedicationCourseLookup }

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
export function screenItem(item: RequestedItem, facts: Fact[], pack: LoadedRulePack | null, extra: ScreenExtra = {}): ItemScreening {
  if (!pack) return unscreened(item);
  const situation = createSituation(item, facts, pack, extra);
  const applied = pack.criteria.map((c) => applyCriterion(pack, c, situation));
  const criteria = applied.map((a) => a.result);
  if (extra.calibrator) return { item, packId: pack.pack, criteria, ...calibratedOutcome(pack, applied, extra.calibrator) };
  const ranked = [...applied].sort(byWeight);
  // An associated service stands or falls with its procedure (GEN-5, SURG-10): when the procedure
  // is not supported, that is the reason, and the service's own criteria are not weighed.
  const withoutPrimary = ranked.find((a) => a.gap?.code === 'DEPENDENT_REQUEST_NOT_CERTIFIED' && a.result.status === 'not_met');
  const failed = new Set(applied.filter((a) => a.result.status === 'not_met').map((a) => a.result.criterionId));
  const pending = new Set(applied.filter((a) => a.result.status === 'not_documented').map((a) => a.result.criterionId));
  const yields = (a: (typeof applied)[number]) => {
    const c = pack.criteria.find((x) => x.id === a.result.criterionId);
    return (c?.yieldsTo?.some((id) => failed.has(id)) || c?.yieldsToPending?.some((id) => pending.has(id))) ?? false;
  };
  const gaps = withoutPrimary?.gap ? [withoutPrimary.gap] : ranked.flatMap((a) => (a.gap && !yields(a) ? [a.gap] : []));
  if (gaps.length > 0) {
    return { item, packId: pack.pack, criteria, gaps, outcome: 'not_supported', decision: 'Upheld', reasons: gaps.map((g) => g.message) };
  }
  const met = ranked.filter((a) => a.result.status === 'met').map((a) => a.result.explanation);
  const reasons = met.length ? met : [`No criterion of ${pack.pack} applies to this request, and none failed.`];
  return { item, packId: pack.pack, criteria, gaps, outcome: 'supported', decision: 'Overturned', reasons };
}

/**
 * Builds the decision stage: packs and the calibration are loaded and validated once (a bad file
 * fails here, before any case runs); `decide` is then a pure function of the items and the facts.
 */
export function createDecider(options: DeciderOptions) {
  const packs = loadRulePacks(options.packs);
  const calibrator = loadCalibration(options.calibration);
  const drugClassOf = createDrugClassLookup(options.lexiconDir);
  const medicationCourse = createMedicationCourse(createDrugFinder(options.lexiconDir), options.lexiconDir);
  return function decide(items: RequestedItem[], facts: Fact[]): ItemScreening[] {
    const chosen = items.map((item) => {
      const drugClass = drugClassOf(item.text);
      return { item, drugClass, pack: selectPack(packs, item, drugClass) };
    });
    // Independent items first; a dependent item (post-op therapy, an assistant surgeon) is then
    // screened knowing how the items it may depend on came out.
    const first = chosen.map(({ item, drugClass, pack }) => screenItem(item, facts, pack, { drugClass, calibrator, medicationCourse }));
    return chosen.map(({ item, drugClass, pack }, i) => {
      if (!pack || pack.dependentWhen.length === 0) return first[i];
      return screenItem(item, facts, pack, { drugClass, calibrator, medicationCourse, others: first.filter((_, j) => j !== i) });
    });
  };
}
export type Decider = ReturnType<typeof createDecider>;
