import { afterAll, describe, expect, it } from 'vitest';
import { type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { sleep, startRedis, stop, until } from './processes.ts';
import { startFleet, submitMany, waitAllCompleted, type Fleet } from './fleet.ts';

let fleet: Fleet | undefined;
let redis: ChildProcess | undefined;
let redisDir: string | undefined;
afterAll(async () => {
  for (const p of [...(fleet?.workers ?? []), fleet?.api]) await stop(p, 'SIGKILL');
  await fleet?.close();
  await stop(redis, 'SIGKILL');
  if (redisDir) rmSync(redisDir, { recursive: true, force: true });
});

describe('Redis restarted in the middle of a run (its own redis-server, AOF)', () => {
  it('loses no case; API and workers reconnect and finish, and take new cases', async () => {
    const first = await startRedis();
    redis = first.proc;
    redisDir = first.dir;
    fleet = await startFleet(first.url, { PRESCREEN_CONCURRENCY: '1', PRESCREEN_PARSE_CONCURRENCY: '1' });
    fleet.addWorker();
    const ids = await submitMany(fleet, 0, 30, 5);
    await until('a few cases to complete', () => fleet!.completions.size >= 3, 90_000);
    // A crash, not a clean shutdown: AOF with fsync on every write is what must keep the jobs.
    await stop(redis, 'SIGKILL');
    await sleep(1_500);
    redis = (await startRedis(first.port, first.dir)).proc;
    await until('the API to be ready again', () => fleet!.client.ready(), 60_000);
    const later = await submitMany(fleet, 30, 35, 5);
    await waitAllCompleted(fleet, [...ids, ...later], 180_000);
    expect(new Set([...ids, ...later]).size).toBe(35);
  });
});
