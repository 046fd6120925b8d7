import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_REDIS_URL } from '../integration/queue-test-env.ts';
import { stop, until } from './processes.ts';
import { startFleet, submitMany, waitAllCompleted, type Fleet } from './fleet.ts';

let fleet: Fleet | undefined;
afterAll(async () => {
  for (const p of [...(fleet?.workers ?? []), fleet?.api]) await stop(p, 'SIGKILL');
  await fleet?.close();
});

describe('a worker killed with SIGKILL mid-run', () => {
  it('loses nothing: every one of 20 cases completes exactly once', async () => {
    fleet = await startFleet(TEST_REDIS_URL, { PRESCREEN_CONCURRENCY: '1', PRESCREEN_PARSE_CONCURRENCY: '1' });
    const victim = fleet.addWorker();
    const ids = await submitMany(fleet, 0, 20, 5);
    // Kill once the victim is in the middle of the run: some cases done, most not.
    await until('a few cases to complete', () => fleet!.completions.size >= 3, 90_000);
    victim.kill('SIGKILL');
    expect(fleet.completions.size).toBeLessThan(20);
    fleet.addWorker();
    await waitAllCompleted(fleet, ids, 120_000);
    await until('every completion event', () => fleet!.completions.size === 20, 10_000);
    expect([...fleet.completions.values()].every((n) => n === 1)).toBe(true);
    const results = readdirSync(join(fleet.env.PRESCREEN_DATA_DIR, 'cases')).filter((id) => readdirSync(join(fleet!.env.PRESCREEN_DATA_DIR, 'cases', id)).includes('result.json'));
    expect(results.sort()).toEqual([...ids].sort());
  });
});
