import { z } from 'zod';
import { GapCode } from './gap-codes.ts';
import { RequestedItem } from './request.ts';

export const CriterionStatus = z.enum(['met', 'not_met', 'not_documented', 'not_applicable']);
export type CriterionStatus = z.infer<typeof CriterionStatus>;

/** One guideline criterion applied to one requested item. */
export const CriterionResult = z.object({
  criterionId: z.string(),
  packId: z.string(),
  description: z.string(),
  source: z.string(),
  status: CriterionStatus,
  /** What was looked for, or what was found, in a reviewer's words. */
  explanation: z.string(),
  facts: z.array(z.string()),
});
export type CriterionResult = z.infer<typeof CriterionResult>;

/** A gap a reviewer would write: its code, the message, the guideline source and the facts it rests on. */
export const Gap = z.object({
  code: GapCode,
  message: z.string(),
  criterionId: z.string(),
  source: z.string(),
  facts: z.array(z.string()),
});
export type Gap = z.infer<typeof Gap>;

export const Outcome = z.enum(['supported', 'not_supported']);
/** IMR vocabulary: Upheld = the denial stands (not supported), Overturned = supported. */
export const Decision = z.enum(['Upheld', 'Overturned']);

export const ItemScreening = z.object({
  item: RequestedItem,
  packId: z.string().nullable(),
  criteria: z.array(CriterionResult),
  gaps: z.array(Gap),
  outcome: Outcome,
  decision: Decision,
  /** Reasons in order of weight. */
  reasons: z.array(z.string()),
});
export type ItemScreening = z.infer<typeof ItemScreening>;
