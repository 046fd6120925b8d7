import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { configureLogging } from '../../src/log/logger.ts';
import { createPipeline, type Pipeline } from '../../src/pipeline/create-pipeline.ts';
import { loadPipelineDefinition } from '../../src/pipeline/definition.ts';
import { SCREEN_QUEUE } from '../../src/runners/queue-names.ts';
import { createRedisConnection } from '../../src/runners/redis-connection.ts';

// Worker logs are noise in test output; LOG_LEVEL=debug brings them back when diagnosing.
configureLogging({ level: process.env.LOG_LEVEL || 'silent' });

/** The Redis the queue tests use: REDIS_URL when set, else the local default. */
export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * Fails loudly when Redis is down: queue tests must not pass by skipping. Call in `beforeAll`.
 */
export async function requireRedis(): Promise<Redis> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    client.disconnect();
    throw new Error(`Redis is not reachable at ${TEST_REDIS_URL} (${(err as Error).message}). `
      + 'The queue tests need a real Redis: start redis-server (e.g. `redis-server --daemonize yes`) or set REDIS_URL.');
  }
  return client;
}

/** A fresh BullMQ prefix per test, so tests never see each other's jobs. */
export function uniquePrefix(): string {
  return `test-${randomUUID()}`;
}

/** Deletes every key under the prefix (what `obliterate` leaves behind, e.g. the events stream). */
export async function deletePrefix(client: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) deleted += await client.del(...keys);
  } while (cursor !== '0');
  return deleted;
}

/** Obliterates the test queue through BullMQ, then sweeps what it leaves (events stream, meta). */
export async function removeQueue(admin: Redis, prefix: string): Promise<void> {
  const conn = createRedisConnection(TEST_REDIS_URL, 'worker');
  const queue = new Queue(SCREEN_QUEUE, { connection: conn, prefix });
  await queue.obliterate({ force: true });
  await queue.close();
  await conn.quit();
  await deletePrefix(admin, prefix);
}

let shared: Pipeline | null = null;
/** The pipeline under test (PRESCREEN_PIPELINE or the default), built once per test file. */
export function testPipeline(): Pipeline {
  shared ??= createPipeline(loadPipelineDefinition(process.env.PRESCREEN_PIPELINE || undefined));
  return shared;
}
