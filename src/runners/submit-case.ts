import { Queue, QueueEvents } from 'bullmq';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { CaseResult } from '../core/case-result.ts';
import { CaseSpec } from '../core/case-spec.ts';
import { prescreenError } from '../core/errors.ts';
import { SCREEN_JOB, SCREEN_JOB_OPTIONS, SCREEN_QUEUE, isValidJobId } from './queue-names.ts';
import { createRedisConnection, ensureRedisReady } from './redis-connection.ts';

/** What callers pass: a CaseSpec before defaults (`requests` may be left out). */
export type CaseSpecInput = z.input<typeof CaseSpec>;

export interface SubmitterOptions {
  redisUrl: string;
  prefix: string;
  /** How long to wait for Redis before PRESCREEN_ERR_QUEUE_UNAVAILABLE. */
  connectTimeoutMs?: number;
}

export interface SubmitOptions {
  /** Deterministic job id: submitting the same id again returns the first job's result. */
  jobId?: string;
  /** How long to wait for the result before PRESCREEN_ERR_JOB_TIMEOUT; the job itself stays queued. */
  timeoutMs?: number;
}

/**
 * A producer for the `screen` queue: adds a case by reference and waits for its CaseResult.
 * Connects (or fails with PRESCREEN_ERR_QUEUE_UNAVAILABLE) before returning, so callers learn
 * about a down Redis before they start work. One submitter serves many submissions.
 */
export async function createSubmitter(options: SubmitterOptions) {
  const producer = createRedisConnection(options.redisUrl, 'producer');
  try {
    await ensureRedisReady(producer, options.redisUrl, options.connectTimeoutMs);
  } catch (err) {
    producer.disconnect();
    throw err;
  }
  const queue = new Queue<CaseSpec, CaseResult>(SCREEN_QUEUE, { connection: producer, prefix: options.prefix, defaultJobOptions: SCREEN_JOB_OPTIONS });
  // QueueEvents blocks on XREAD, so it needs its own connection with worker-style options.
  const eventsConnection = createRedisConnection(options.redisUrl, 'worker');
  const events = new QueueEvents(SCREEN_QUEUE, { connection: eventsConnection, prefix: options.prefix });
  events.on('error', () => undefined); // connection errors surface through the calls below
  await events.waitUntilReady();

  /** Validates and enqueues; returns the BullMQ job. Paths become absolute for workers started elsewhere. */
  async function enqueue(spec: CaseSpecInput, submitOptions: SubmitOptions = {}) {
    const parsed = CaseSpec.safeParse(spec);
    if (!parsed.success) throw prescreenError('PRESCREEN_ERR_INVALID_CASE_JSON', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const { jobId } = submitOptions;
    if (jobId !== undefined && !isValidJobId(jobId)) {
      throw prescreenError('PRESCREEN_ERR_INVALID_CONFIG', `job id "${jobId}" must be non-empty, without ":" and not all digits`);
    }
    const data: CaseSpec = { ...parsed.data, files: parsed.data.files.map((f) => resolve(f)) };
    return queue.add(SCREEN_JOB, data, jobId ? { jobId } : {});
  }

  /** Enqueues the case and resolves with its CaseResult, as the in-process runner would return it. */
  async function submit(spec: CaseSpecInput, submitOptions: SubmitOptions = {}): Promise<CaseResult> {
    const job = await enqueue(spec, submitOptions);
    let value: unknown;
    try {
      value = await job.waitUntilFinished(events, submitOptions.timeoutMs);
    } catch {
      // Either the job failed or the wait timed out; the job's state in Redis says which.
      const state = await queue.getJobState(job.id!);
      if (state === 'failed') {
        const stored = await queue.getJob(job.id!);
        throw prescreenError('PRESCREEN_ERR_JOB_FAILED',
          `job ${job.id} failed after ${stored?.attemptsMade ?? '?'} attempt(s): ${stored?.failedReason ?? 'no reason recorded'}`);
      }
      throw prescreenError('PRESCREEN_ERR_JOB_TIMEOUT',
        `job ${job.id} is still ${state} after ${submitOptions.timeoutMs ?? '?'} ms; is a worker running (prescreen worker)?`);
    }
    const result = CaseResult.safeParse(value);
    if (!result.success) {
      throw prescreenError('PRESCREEN_ERR_JOB_FAILED', `job ${job.id} returned a value that is not a CaseResult (worker of another version?)`);
    }
    return result.data;
  }

  async function close(): Promise<void> {
    await Promise.allSettled([events.close(), queue.close()]);
    await Promise.allSettled([producer.quit(), eventsConnection.quit()]);
  }

  return { queue, enqueue, submit, close };
}
export type Submitter = Awaited<ReturnType<typeof createSubmitter>>;

/** One-shot helper for the CLI: connect, submit one case, wait, close. */
export async function submitCase(spec: CaseSpecInput, options: SubmitterOptions & SubmitOptions): Promise<CaseResult> {
  const submitter = await createSubmitter(options);
  try {
    return await submitter.submit(spec, options);
  } finally {
    await submitter.close();
  }
}
