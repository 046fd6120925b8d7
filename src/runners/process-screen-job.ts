import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { CaseResult } from '../core/case-result.ts';
import { CaseSpec } from '../core/case-spec.ts';
import { isPrescreenError } from '../core/errors.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import type { Pipeline } from '../pipeline/create-pipeline.ts';
import { screenSpec } from '../pipeline/screen-spec.ts';

/**
 * Turns a screening error into what BullMQ should store and do. BullMQ keeps the message and
 * stack in Redis and shows them on dashboards, so neither may quote the record: a typed error
 * becomes its code and file only; anything else becomes its class name, with the stack frames
 * (not the message) in the worker log. Errors that can never succeed skip the retries.
 */
export function toJobError(err: unknown, jobId: string | undefined, log: Logger): Error {
  if (isPrescreenError(err)) {
    const message = err.file ? `${err.code}: ${err.file}` : err.code;
    return err.retryable ? new Error(message) : new UnrecoverableError(message);
  }
  const name = err instanceof Error ? err.name : typeof err;
  // First stack line repeats the message, which may quote the record; keep only the frames.
  const frames = err instanceof Error ? (err.stack ?? '').split('\n').slice(1).join('\n') : '';
  log.error({ jobId, errorName: name, frames }, 'unexpected error while screening');
  return new Error(`${name}: unexpected error while screening (frames in the worker log, job ${jobId ?? '?'})`);
}

/**
 * The BullMQ processor for `screen` jobs, pure glue: validate the job data as a `CaseSpec`,
 * then call `screenSpec` exactly as the in-process runner does, with a pipeline built once per
 * worker process. The returned CaseResult is stored by BullMQ as the job's return value.
 */
export function createScreenProcessor(pipeline: Pipeline, log: Logger = createLogger('worker')): Processor<CaseSpec, CaseResult> {
  return async function processScreenJob(job: Job<CaseSpec, CaseResult>): Promise<CaseResult> {
    const spec = CaseSpec.safeParse(job.data);
    if (!spec.success) {
      const paths = spec.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
      throw new UnrecoverableError(`PRESCREEN_ERR_INVALID_CASE_JSON: job data does not match the case schema at ${paths}`);
    }
    const started = performance.now();
    try {
      const result = await screenSpec(pipeline, spec.data);
      log.info({ jobId: job.id, attempt: job.attemptsMade + 1, facts: result.facts.length, items: result.items.length,
        ms: Math.round(performance.now() - started) }, 'screened');
      return result;
    } catch (err) {
      const jobError = toJobError(err, job.id, log);
      log.warn({ jobId: job.id, attempt: job.attemptsMade + 1, error: jobError.message }, 'screening failed');
      throw jobError;
    }
  };
}
