import { z } from 'zod';
import { SourceDocument } from './document.ts';

/** What the pipeline screens: the documents of one case and the treatments requested, as written. */
export const CaseInput = z.object({
  caseId: z.string().min(1),
  documents: z.array(SourceDocument).min(1),
  requests: z.array(z.string().min(1)),
});
export type CaseInput = z.infer<typeof CaseInput>;
