import type { DefaultJobOptions } from 'bullmq';

/** The one queue of prescreen: each job screens one case given by reference (a `CaseSpec`). */
export const SCREEN_QUEUE = 'screen';

/** Job name inside the queue; one kind of job today, named so dashboards read well. */
export const SCREEN_JOB = 'screen-case';

/**
 * Job options every screening job gets. Transient failures (a file share hiccup, a worker
 * killed mid-job) are retried with exponential backoff; inputs that can never succeed throw
 * `UnrecoverableError` and skip the retries. Finished jobs expire, because BullMQ keeps them
 * forever by default and their results quote the record (PHI).
 */
export const SCREEN_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 86_400, count: 1_000 },
  removeOnFail: { age: 7 * 86_400 },
};

/**
 * BullMQ rejects custom ids containing ":" (its key separator) and all-digit ids (they clash with
 * its own counters); check early so the caller gets a clear message.
 */
export function isValidJobId(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !id.includes(':') && !/^\d+$/.test(id);
}

/** Queue of a case flow's parent: analyse and decide once every document is parsed. */
export const CASE_QUEUE = 'case';
/** Queue of a case flow's children: one job per document, parsed in a sandboxed process. */
export const PARSE_QUEUE = 'parse';
export const ANALYSE_JOB = 'analyse-case';
export const PARSE_JOB = 'parse-document';

/**
 * Options of a flow's jobs. Same retry policy as `screen`; a child that fails for good fails its
 * parent, so the case ends `failed` with the reason instead of waiting forever. Finished jobs
 * expire from Redis (results live on disk, see docs/service.md): completed after a day,
 * failed after a week.
 */
export const FLOW_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 86_400 },
  removeOnFail: { age: 7 * 86_400 },
} satisfies DefaultJobOptions;
