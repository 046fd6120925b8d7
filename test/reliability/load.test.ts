import { afterAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../integration/queue-test-env.ts';
import { rssOf, stop, until } from './processes.ts';
import { startFleet, submitMany, waitAllCompleted, type Fleet } from './fleet.ts';

const CASES = Number(process.env.RELIABILITY_CASES ?? 2_000);

let fleet: Fleet | undefined;
afterAll(async () => {
  for (const p of [...(fleet?.workers ?? []), fleet?.api]) await stop(p, 'SIGKILL');
  await fleet?.close();
});

describe(`${CASES} cases through the API (real processes, 127.0.0.1 only)`, () => {
  it('all complete, none duplicated, and worker memory stays flat', async () => {
    fleet = await startFleet(TEST_REDIS_URL);
    const workers = [fleet.addWorker(), fleet.addWorker()];
    // Worker RSS sampled against the number of cases completed so far.
    const samples: { done: number; rss: number }[] = [];
    const timer = setInterval(() => {
      void Promise.all(workers.map((w) => rssOf(w.pid!))).then((r) => {
        samples.push({ done: fleet!.completions.size, rss: Math.max(...r.map((x) => x ?? 0)) });
      });
    }, 500);
    try {
      const ids = await submitMany(fleet, 0, CASES, 20);
      expect(new Set(ids).size).toBe(CASES);
      await waitAllCompleted(fleet, ids, 540_000);
      await until('every completion event', () => fleet!.completions.size === CASES, 30_000);
    } finally {
      clearInterval(timer);
    }
    expect([...fleet.completions.values()].every((n) => n === 1)).toBe(true);
    // Flat: the peak over the second half of the run is within 25% (+32 MB) of the peak over the
    // first half after warm-up (lexicons loaded, sandbox children forked, JIT settled).
    const warm = samples.filter((s) => s.done >= CASES * 0.1 && s.done < CASES * 0.55).map((s) => s.rss);
    const late = samples.filter((s) => s.done >= CASES * 0.55).map((s) => s.rss);
    expect(warm.length).toBeGreaterThan(0);
    expect(late.length).toBeGreaterThan(0);
    const [early, end] = [Math.max(...warm), Math.max(...late)];
    process.stderr.write(`load: worker peak RSS ${(early / 2 ** 20).toFixed(0)} MB (first half) -> ${(end / 2 ** 20).toFixed(0)} MB (second half)\n`);
    expect(end).toBeLessThan(early * 1.25 + 32 * 2 ** 20);
  });
});
