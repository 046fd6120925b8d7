import { z } from 'zod';
import { CriterionStatus } from '../core/decision.ts';

/** Counts behind one learned rate, kept in the file so a reader can judge how much data it rests on. */
const Rate = z.strictObject({ n: z.number().int().min(0), hits: z.number().int().min(0), p: z.number().min(0).max(1) });
export type Rate = z.infer<typeof Rate>;

const ByStatus = z.partialRecord(CriterionStatus, Rate);

/**
 * The decision calibration (`pipelines/calibration/decision.yaml`): numbers learned from labelled
 * IMR letters by `scripts/fit-calibration.ts`, never edited by hand. Rule packs say what each
 * criterion checks; this file says how often reviewers raised the criterion's gap at each status
 * (so an absence the summary cannot show does not always become a gap) and how much each result
 * moves the predicted outcome.
 */
export const Calibration = z.strictObject({
  calibration: z.literal('decision'),
  version: z.literal(1),
  fitted: z.strictObject({
    corpus: z.string(),
    items: z.number().int().positive(),
    command: z.string(),
    /** Cross-validated figures of the fitted settings, so a reader knows what to expect on unseen letters. */
    crossValidated: z.record(z.string(), z.number()),
  }),
  gaps: z.strictObject({
    /** A failing criterion raises its gap when the learned rate is at least this. */
    threshold: z.number().min(0).max(1),
    /** Statuses that may raise a gap when their rate passes (a `met` result can, when reviewers usually still raised it). */
    statuses: z.array(CriterionStatus).min(1),
    /** Learned rate per criterion id and status; a pair not listed falls back to `byStatus`. */
    rates: z.record(z.string(), ByStatus),
    /** Rate per status over all criteria, the fallback for criteria the corpus never exercised. */
    byStatus: ByStatus,
    /** On an item predicted Upheld that raised no gap, raise its most probable failing criterion anyway. */
    atLeastOneWhenUpheld: z.boolean(),
    /** On an item predicted Overturned, drop its gaps (reviewers who overturn list none). */
    noneWhenOverturned: z.boolean(),
  }),
  decision: z.strictObject({
    /** Predict Overturned when P(Overturned) is at least this; chosen for balanced accuracy. */
    threshold: z.number().min(0).max(1),
    /** Log-odds of Overturned for an item of a pack the corpus never exercised. */
    baseLogOdds: z.number(),
    /** Log-odds of Overturned per pack id (`unscreened` for items no pack covers). */
    packs: z.record(z.string(), z.number()),
    /** Log likelihood ratio (Overturned : Upheld) per criterion id and status. */
    criteria: z.record(z.string(), z.partialRecord(CriterionStatus, z.number())),
  }),
});
export type Calibration = z.infer<typeof Calibration>;
