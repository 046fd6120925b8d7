import { z } from 'zod';

/** Where a fact points: a character range of one document's original text, and its page (1-based). */
export const Span = z.object({
  document: z.string(),
  page: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Span = z.infer<typeof Span>;
