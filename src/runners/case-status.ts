import type { CaseFailure, CaseStore } from './case-store.ts';
import { parseJobId } from './case-ids.ts';
import type { FlowClient } from './submit-flow.ts';

export type CaseState = 'queued' | 'parsing' | 'analysing' | 'completed' | 'failed';

export interface CaseStatus {
  id: string;
  status: CaseState;
  progress: { documents: number; parsed: number };
  result?: unknown;
  error?: CaseFailure;
  createdAt: string;
}

/** `CODE: file` or `CODE` (what toJobError stores) back into a failure; other reasons keep no code. */
export function failureFromReason(reason: string): CaseFailure {
  const m = /^(PRESCREEN_ERR_[A-Z_]+)(?::\s+(.*))?$/u.exec(reason);
  if (m) return { code: m[1], file: m[2] ?? null, reason };
  return { code: 'PRESCREEN_ERR_JOB_FAILED', file: null, reason };
}

/**
 * The state of a case as the API reports it: from the store when it is settled (result or
 * failure on disk outlive the jobs), otherwise from the flow's jobs in Redis. A failed child's
 * reason becomes the case's error, since that is where the typed intake error is.
 */
export async function getCaseStatus(flows: FlowClient, store: CaseStore, id: string): Promise<CaseStatus | null> {
  const manifest = await store.getManifest(id);
  if (!manifest) return null;
  const documents = manifest.documents.length;
  const base = { id, createdAt: manifest.createdAt };
  const result = await store.getResult(id);
  if (result !== null) return { ...base, status: 'completed', progress: { documents, parsed: documents }, result };
  // Parent before children: a child fails before its parent does, so this order never sees a
  // failed parent without the failed child that caused it.
  const parent = await flows.caseQueue.getJob(id);
  const state = parent ? await parent.getState() : 'unknown';
  const children = await Promise.all(manifest.documents.map((_, i) => flows.parseQueue.getJob(parseJobId(id, i))));
  const states = await Promise.all(children.map((c) => c?.getState() ?? 'unknown'));
  const parsed = states.filter((s) => s === 'completed').length;
  const progress = { documents, parsed };
  const stored = await store.getFailure(id);
  if (stored) return { ...base, status: 'failed', progress, error: stored };
  if (state === 'failed' || states.includes('failed')) {
    // The jobs above were read before their states: a job that failed in between carries no
    // reason in that copy, so the failed one is read again (else a typed intake error would be
    // reported as a bare JOB_FAILED).
    const at = states.indexOf('failed');
    const child = at >= 0 ? await flows.parseQueue.getJob(parseJobId(id, at)) : undefined;
    const fresh = child?.failedReason ? undefined : await flows.caseQueue.getJob(id);
    return { ...base, status: 'failed', progress, error: failureFromReason(child?.failedReason || fresh?.failedReason || 'failed') };
  }
  if (state === 'completed') return { ...base, status: 'completed', progress, result: await store.getResult(id) };
  if (state === 'active') return { ...base, status: 'analysing', progress };
  return { ...base, status: state === 'waiting-children' && parsed + states.filter((s) => s === 'active').length > 0 ? 'parsing' : 'queued', progress };
}
