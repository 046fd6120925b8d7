import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { deletePrefix } from '../integration/queue-test-env.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { CASE_QUEUE } from '../../src/runners/queue-names.ts';
import { apiClient, freePort, startPrescreen, TOKEN, until } from './processes.ts';
import type { ChildProcess } from 'node:child_process';

const BASE_NOTE = readFileSync('test/fixtures/queue/chiro-progress-note.txt', 'utf8');
/** A distinct note per case (so no two collapse onto one id), written for this project. */
export const caseText = (i: number) => `${BASE_NOTE}\nAddendum ${i}: the worker attended visit number ${i} and tolerated treatment.\n`;
export const REQUESTS = ['4 additional chiropractic visits'];

/**
 * An API process and worker processes on one Redis, data directory and prefix, plus a
 * QueueEvents listener counting completions per case (to prove "exactly once").
 */
export async function startFleet(redisUrl: string, extraEnv: Record<string, string> = {}) {
  const port = await freePort();
  const env = {
    REDIS_URL: redisUrl, PORT: String(port), PRESCREEN_API_TOKENS: TOKEN, PRESCREEN_QUEUE_PREFIX: `{rel-${randomUUID()}}`,
    PRESCREEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'prescreen-rel-')), PRESCREEN_LOCK_DURATION_MS: '3000', PRESCREEN_OCR: 'off', ...extraEnv,
  };
  const api = startPrescreen('serve', env);
  const client = apiClient(port);
  await until('the API to be ready', () => client.ready(), 60_000);
  const workers: ChildProcess[] = [];
  const completions = new Map<string, number>();
  const eventsConn = new Redis(redisUrl, { maxRetriesPerRequest: null });
  eventsConn.on('error', () => undefined);
  const events = new QueueEvents(CASE_QUEUE, { connection: eventsConn, prefix: env.PRESCREEN_QUEUE_PREFIX });
  events.on('error', () => undefined);
  events.on('completed', ({ jobId }) => completions.set(jobId, (completions.get(jobId) ?? 0) + 1));
  await events.waitUntilReady();
  return {
    env, api, client, workers, completions,
    addWorker(more: Record<string, string> = {}) { const w = startPrescreen('worker', { ...env, ...more }); workers.push(w); return w; },
    /** Stops the listener, deletes the fleet's keys and data directory (processes: stop them first). */
    async close() {
      await events.close().catch(() => undefined);
      await deletePrefix(eventsConn, env.PRESCREEN_QUEUE_PREFIX).catch(() => undefined);
      eventsConn.disconnect();
      rmSync(env.PRESCREEN_DATA_DIR, { recursive: true, force: true });
    },
  };
}
export type Fleet = Awaited<ReturnType<typeof startFleet>>;

/** Submits cases `from..to-1` with at most `inFlight` requests at a time; returns their ids in order. */
export async function submitMany(fleet: Fleet, from: number, to: number, inFlight = 20): Promise<string[]> {
  const ids: string[] = new Array(to - from);
  let next = from;
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < to) {
      const i = next++;
      const res = await fleet.client.submit(`case-${i}.txt`, caseText(i), REQUESTS);
      if (res.status !== 202 || !res.id) throw new Error(`submission ${i} answered ${res.status}`);
      ids[i - from] = res.id;
    }
  }));
  return ids;
}

/** Waits until every case is completed (any failure throws); returns how many polls it took. */
export async function waitAllCompleted(fleet: Fleet, ids: string[], timeoutMs: number): Promise<void> {
  const pending = new Set(ids);
  await until(`${ids.length} cases to complete`, async () => {
    for (const id of [...pending].slice(0, 200)) {
      const s = await fleet.client.status(id);
      if (s.status === 'failed') throw new Error(`case ${id} failed: ${s.error?.code}`);
      if (s.status === 'completed') pending.delete(id);
    }
    return pending.size === 0;
  }, timeoutMs);
}
