import { z } from 'zod';

/**
 * A case by reference: the files to read and the treatments requested. This, not record text, is
 * what a queue job carries (job data sits in Redis in clear text; records are PHI).
 */
export const CaseSpec = z.object({
  caseId: z.string().min(1).optional(),
  files: z.array(z.string().min(1)).min(1),
  requests: z.array(z.string().min(1)).default([]),
});
export type CaseSpec = z.infer<typeof CaseSpec>;
