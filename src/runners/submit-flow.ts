import { FlowProducer, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AnalyseJobData } from './analyse-case-job.ts';
import { caseJobId, parseJobId } from './case-ids.ts';
import type { CaseManifest, CaseStore } from './case-store.ts';
import type { ParseJobData } from './parse-document-job.ts';
import { ANALYSE_JOB, CASE_QUEUE, FLOW_JOB_OPTIONS, PARSE_JOB, PARSE_QUEUE } from './queue-names.ts';

/** A case to submit: documents already in the store (by hash), requests as written. */
export interface FlowSubmission {
  documents: { name: string; sha256: string; bytes: number }[];
  requests: string[];
  caseId?: string;
  idempotencyKey?: string;
}

export interface FlowClientOptions {
  /** A producer connection (fail fast); the caller owns and closes it. */
  connection: Redis;
  prefix: string;
  store: CaseStore;
  /** `id@version` of the pipeline the workers run. */
  pipeline: string;
}

/**
 * Adds case flows: one parent (`case` queue, analyse and decide) with one child per document
 * (`parse` queue, in parallel). The manifest goes to disk before the flow goes to Redis, so a
 * job never points at a case the store does not have. Resubmitting the same case (same content
 * or same Idempotency-Key) returns the existing id and adds nothing, unless Redis lost the flow
 * before it finished, in which case the flow is added again from the stored manifest.
 */
export function createFlowClient(options: FlowClientOptions) {
  const { connection, prefix, store } = options;
  const flow = new FlowProducer({ connection, prefix });
  const caseQueue = new Queue<AnalyseJobData>(CASE_QUEUE, { connection, prefix });
  const parseQueue = new Queue<ParseJobData>(PARSE_QUEUE, { connection, prefix });

  async function addFlow(manifest: CaseManifest): Promise<void> {
    await flow.add({
      name: ANALYSE_JOB, queueName: CASE_QUEUE, data: { caseJob: manifest.id } satisfies AnalyseJobData,
      opts: { jobId: manifest.id, ...FLOW_JOB_OPTIONS },
      children: manifest.documents.map((d, index) => ({
        name: PARSE_JOB, queueName: PARSE_QUEUE,
        data: { caseJob: manifest.id, index, name: d.name, sha256: d.sha256 } satisfies ParseJobData,
        opts: { jobId: parseJobId(manifest.id, index), ...FLOW_JOB_OPTIONS, failParentOnFailure: true },
      })),
    });
  }

  async function isSettled(id: string): Promise<boolean> {
    if ((await store.getResult(id)) !== null || (await store.getFailure(id)) !== null) return true;
    return (await caseQueue.getJobState(id)) !== 'unknown';
  }

  /** Submits a case; `created` is false when it collapsed onto an earlier submission. */
  async function submit(sub: FlowSubmission): Promise<{ id: string; created: boolean }> {
    const id = caseJobId({ documents: sub.documents, requests: sub.requests, caseId: sub.caseId, pipeline: options.pipeline }, sub.idempotencyKey);
    const existing = await store.getManifest(id);
    if (existing && await isSettled(id)) return { id, created: false };
    const manifest: CaseManifest = existing ?? {
      id, caseId: sub.caseId, documents: sub.documents, requests: sub.requests, pipeline: options.pipeline, createdAt: new Date().toISOString(),
    };
    if (!existing) await store.putManifest(manifest);
    await addFlow(manifest);
    return { id, created: !existing };
  }

  async function close(): Promise<void> {
    await Promise.allSettled([flow.close(), caseQueue.close(), parseQueue.close()]);
  }

  return { submit, caseQueue, parseQueue, close };
}
export type FlowClient = ReturnType<typeof createFlowClient>;
