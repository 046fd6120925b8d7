import { sha256 } from './case-store.ts';

/** What makes two submissions the same case. */
export interface CaseKey {
  documents: { name: string; sha256: string }[];
  requests: string[];
  caseId?: string;
  /** `id@version` of the pipeline: a new pipeline version screens the same documents anew. */
  pipeline: string;
}

/**
 * The job id of a case flow's parent, which is also the case id of the API. Derived from the
 * content hashes, requests and pipeline version, so a duplicate submission collapses onto the
 * first; an `Idempotency-Key` instead names the case by the key. Hex with a letter prefix: BullMQ
 * ids must not contain ":" nor be all digits.
 */
export function caseJobId(key: CaseKey, idempotencyKey?: string): string {
  if (idempotencyKey !== undefined) return `k${sha256(`idempotency\n${key.pipeline}\n${idempotencyKey}`).slice(0, 40)}`;
  const canonical = JSON.stringify([key.pipeline, key.caseId ?? null, key.documents.map((d) => [d.name, d.sha256]), key.requests]);
  return `c${sha256(canonical).slice(0, 40)}`;
}

/** The id of the parse job of document `index` (0-based) of a case: one child per document and case. */
export const parseJobId = (caseJob: string, index: number) => `${caseJob}-d${index}`;
