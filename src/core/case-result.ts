import { z } from 'zod';
import { ItemScreening } from './decision.ts';
import { DocumentKind } from './document.ts';
import { Fact } from './fact.ts';

export const SCHEMA_VERSION = '1.0.0';

/** The whole screening of one case: the JSON output of `prescreen screen --format json`. */
export const CaseResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  caseId: z.string(),
  pipeline: z.object({ id: z.string(), version: z.string() }),
  documents: z.array(z.object({
    id: z.string(), source: z.string(), kind: DocumentKind, pages: z.number().int(), characters: z.number().int(),
    ocrPages: z.number().int().default(0),
    /** Document metadata from intake (a case JSON's header dates); never record text. */
    metadata: z.record(z.string(), z.string().nullable()).default({}),
  })),
  facts: z.array(Fact),
  items: z.array(ItemScreening),
});
export type CaseResult = z.infer<typeof CaseResult>;
