import { z } from 'zod';
import { Modality } from './modality.ts';

/** A requested treatment, as written on the request for authorization, and what was parsed from it. */
export const RequestedItem = z.object({
  index: z.number().int().min(1),
  text: z.string(),
  modality: Modality,
  quantity: z.number().min(0).nullable(),
  frequencyPerWeek: z.number().min(0).nullable(),
  durationWeeks: z.number().min(0).nullable(),
  bodyRegion: z.string().nullable(),
  continuation: z.boolean(),
  /** Why `continuation` holds: a word in the request, or the id of a prior-treatment fact. */
  continuationBasis: z.string().nullable().default(null),
  /** Ids of the lexicon entries and rules that parsed the request. */
  ruleIds: z.array(z.string()),
});
export type RequestedItem = z.infer<typeof RequestedItem>;
