import { Worker } from 'bullmq';
import type { CaseResult } from '../core/case-result.ts';
import type { CaseSpec } from '../core/case-spec.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { createPipeline, type Pipeline } from '../pipeline/create-pipeline.ts';
import { loadPipelineDefinition } from '../pipeline/definition.ts';
import { createScreenProcessor } from './process-screen-job.ts';
import { SCREEN_QUEUE } from './queue-names.ts';
import { createRedisConnection } from './redis-connection.ts';

export interface ScreenWorkerOptions {
  redisUrl: string;
  prefix: string;
  concurrency: number;
  /** Pipeline definition file (default pipeline when absent); ignored when `pipeline` is given. */
  pipelineFile?: string;
  pipeline?: Pipeline;
  log?: Logger;
}

export interface ScreenWorker {
  worker: Worker<CaseSpec, CaseResult>;
  pipeline: Pipeline;
  /**
   * Stops taking jobs and waits for active ones up to `deadlineMs` (BullMQ's own close has no
   * deadline). Past it the connection is dropped anyway; the unfinished jobs' locks expire and
   * the stalled-job check of a live worker puts them back in the queue. Resolves `true` when
   * every active job finished in time. Safe to call twice.
   */
  close(deadlineMs?: number): Promise<boolean>;
}

/**
 * A BullMQ worker on the `screen` queue. The pipeline is built here, once per process, before
 * connecting: a broken pipeline definition fails at start-up rather than on every job.
 */
export function createScreenWorker(options: ScreenWorkerOptions): ScreenWorker {
  const log = options.log ?? createLogger('worker');
  const pipeline = options.pipeline ?? createPipeline(loadPipelineDefinition(options.pipelineFile));
  const connection = createRedisConnection(options.redisUrl, 'worker');
  const worker = new Worker<CaseSpec, CaseResult>(SCREEN_QUEUE, createScreenProcessor(pipeline, log), {
    connection, prefix: options.prefix, concurrency: options.concurrency,
  });
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));
  worker.on('ready', () => log.info({ queue: SCREEN_QUEUE, prefix: options.prefix, concurrency: options.concurrency,
    pipeline: `${pipeline.definition.id}@${pipeline.definition.version}` }, 'worker ready'));

  let closing: Promise<boolean> | null = null;
  function close(deadlineMs = 30_000): Promise<boolean> {
    closing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([
        worker.close().then(() => true),
        new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), deadlineMs); }),
      ]);
      clearTimeout(timer);
      if (!inTime) {
        log.warn({ deadlineMs }, 'active jobs did not finish before the deadline; disconnecting');
        await worker.disconnect().catch(() => undefined);
        connection.disconnect();
      } else {
        await connection.quit().catch(() => connection.disconnect());
      }
      return inTime;
    })();
    return closing;
  }

  return { worker, pipeline, close };
}

/**
 * Closes the worker on SIGINT/SIGTERM (what `docker stop` and Ctrl-C send) and exits; a second
 * signal exits at once. Returns a function that removes the handlers.
 */
export function closeOnSignals(handle: Pick<ScreenWorker, 'close'>, deadlineMs: number, log: Logger = createLogger('worker')): () => void {
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) process.exit(130);
    shuttingDown = true;
    log.info({ signal, deadlineMs }, 'shutting down');
    handle.close(deadlineMs).then(
      (inTime) => { log.info({ inTime }, 'worker closed'); process.exit(inTime ? 0 : 1); },
      (err: Error) => { log.error({ err: err.message }, 'error while closing'); process.exit(1); },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => { process.off('SIGINT', onSignal); process.off('SIGTERM', onSignal); };
}
