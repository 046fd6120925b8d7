import type { Redis } from 'ioredis';
import { prescreenError } from '../core/errors.ts';

/**
 * Refuses to run on a Redis that may evict keys: an evicted key is a lost or half-deleted job,
 * and BullMQ itself only warns. Reads INFO (works where CONFIG is disabled, as on managed Redis).
 */
export async function assertNoEviction(client: Redis): Promise<void> {
  const info = await client.info('memory');
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? 'unknown';
  if (policy !== 'noeviction') {
    throw prescreenError('PRESCREEN_ERR_INVALID_CONFIG',
      `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" (redis-cli config set maxmemory-policy noeviction, or --maxmemory-policy noeviction)`);
  }
}
