import type { Env } from '../config/env.ts';
import type { Logger } from '../log/logger.ts';
import { createPipeline } from '../pipeline/create-pipeline.ts';
import { loadPipelineDefinition } from '../pipeline/definition.ts';
import { createCaseStore } from './case-store.ts';
import { createFlowWorkers } from './create-flow-workers.ts';
import { createScreenWorker } from './create-worker.ts';
import { createRedisConnection, ensureRedisReady } from './redis-connection.ts';
import { assertNoEviction } from './redis-policy.ts';
import { startRetentionSweeper } from './retention.ts';

export interface StartOptions { concurrency?: number; pipelineFile?: string; log: Logger }

/**
 * Everything `prescreen worker` runs in one process, on one pipeline built once: the `screen`
 * worker (CLI `submit`), the case-flow workers (`parse` sandboxed, `case`), and the retention
 * sweeper. Refuses to start when Redis is unreachable or may evict keys.
 */
export async function startWorkers(env: Env, options: StartOptions) {
  const probe = createRedisConnection(env.redisUrl, 'producer');
  try {
    await ensureRedisReady(probe, env.redisUrl, 10_000);
    await assertNoEviction(probe);
  } finally {
    probe.disconnect();
  }
  const pipeline = createPipeline(loadPipelineDefinition(options.pipelineFile ?? env.pipelineFile));
  const concurrency = options.concurrency ?? env.concurrency;
  const store = createCaseStore(env.dataDir);
  const screen = createScreenWorker({ redisUrl: env.redisUrl, prefix: env.queuePrefix, concurrency, pipeline, log: options.log });
  const flows = createFlowWorkers({
    redisUrl: env.redisUrl, prefix: env.queuePrefix, store, pipeline, log: options.log, concurrency,
    parseConcurrency: env.parseConcurrency, rateLimit: env.rateLimit, sandbox: env.sandbox, lockDurationMs: env.lockDurationMs,
    parse: { dataDir: store.root, maxBytes: env.maxFileBytes, maxPdfPages: env.maxPdfPages },
  });
  const sweeper = startRetentionSweeper(store.root, env.retentionDays, options.log);
  await flows.waitUntilReady();
  options.log.info({ prefix: env.queuePrefix, concurrency, parseConcurrency: env.parseConcurrency, sandbox: env.sandbox,
    pipeline: `${pipeline.definition.id}@${pipeline.definition.version}` }, 'workers ready');

  /** Stops taking jobs; waits for active ones up to the deadline. True when all finished in time. */
  async function close(deadlineMs: number): Promise<boolean> {
    sweeper.stop();
    const [a, b] = await Promise.all([screen.close(deadlineMs), flows.close(deadlineMs)]);
    return a && b;
  }
  return { screen, flows, pipeline, close };
}
export type StartedWorkers = Awaited<ReturnType<typeof startWorkers>>;
