import { Redis, type RedisOptions } from 'ioredis';
import { prescreenError } from '../core/errors.ts';
import { createLogger } from '../log/logger.ts';

/**
 * `worker`: blocking reads (workers, QueueEvents); BullMQ requires `maxRetriesPerRequest: null`
 * and commands wait out a Redis restart. `producer`: a caller that adds jobs and must fail fast
 * when Redis is down (CLI `submit`, an HTTP intake): no offline queue, short timeouts.
 */
export type ConnectionRole = 'worker' | 'producer';

const ROLE_OPTIONS: Record<ConnectionRole, RedisOptions> = {
  worker: { maxRetriesPerRequest: null },
  producer: { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, commandTimeout: 5_000 },
};

/**
 * An ioredis client for BullMQ. We always hand BullMQ a client instance rather than options:
 * its ESM build cannot load ioredis by itself. The caller owns the client and quits it after
 * closing the BullMQ objects using it.
 */
export function createRedisConnection(url: string, role: ConnectionRole): Redis {
  const client = new Redis(url, {
    ...ROLE_OPTIONS[role],
    connectionName: `prescreen-${role}`,
    // Reconnect forever with a capped backoff; producers still fail fast per command.
    retryStrategy: (times) => Math.min(times * 200, 5_000),
  });
  // Without a listener ioredis prints "Unhandled error event" for every reconnect attempt.
  const log = createLogger('redis');
  client.on('error', (err: Error) => log.debug({ role, err: err.message }, 'redis connection error'));
  return client;
}

/** Redis URL without credentials, for messages and logs. */
export function safeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return '(unparseable REDIS_URL)';
  }
}

/**
 * Resolves once the client is connected; rejects with PRESCREEN_ERR_QUEUE_UNAVAILABLE after
 * `timeoutMs`, so a producer reports a down Redis in seconds instead of hanging.
 */
export async function ensureRedisReady(client: Redis, url: string, timeoutMs = 3_000): Promise<void> {
  if (client.status === 'ready') return;
  let lastError = 'no answer';
  const onError = (err: Error) => { lastError = err.message; };
  client.on('error', onError);
  let timer: NodeJS.Timeout | undefined;
  let onReady = () => {};
  try {
    await Promise.race([
      new Promise<void>((resolve) => { onReady = () => resolve(); client.once('ready', onReady); }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(prescreenError('PRESCREEN_ERR_QUEUE_UNAVAILABLE',
          `cannot reach Redis at ${safeRedisUrl(url)} within ${timeoutMs} ms (${lastError}); start redis-server or set REDIS_URL`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    client.off('error', onError);
    client.off('ready', onReady);
  }
}
