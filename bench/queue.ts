/**
 * `npm run bench` (2/3): the queue end to end. Two `prescreen worker` processes on the local Redis
 * screen the development cases as case flows (parse child + analyse parent); reported as cases/s
 * and as a ratio to the in-process pipeline on the same cases in this process. Then p50/p95
 * latency per case (submission to completion) when cases arrive at half the measured rate.
 * Finally the peak RSS of one worker over BENCH_RSS_CASES cases (default 10,000).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { buildCaseInput } from '../src/intake/index.ts';
import { PROJECT_ROOT } from '../src/lexicon/load.ts';
import { createPipeline } from '../src/pipeline/create-pipeline.ts';
import { createCaseStore } from '../src/runners/case-store.ts';
import { CASE_QUEUE } from '../src/runners/queue-names.ts';
import { createFlowClient } from '../src/runners/submit-flow.ts';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const corpus = join(PROJECT_ROOT, '..', 'shared', 'corpora', 'dwc-imr', 'cases');
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.json')).sort().map((f) => join(corpus, f))
  : readdirSync(join(PROJECT_ROOT, 'corpora', 'samples')).filter((f) => f.endsWith('.txt')).map((f) => join(PROJECT_ROOT, 'corpora', 'samples', f));
const ROUNDS = Number(process.env.BENCH_QUEUE_ROUNDS ?? 3);
const RSS_CASES = Number(process.env.BENCH_RSS_CASES ?? 10_000);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

// In-process reference on the same cases, same rounds.
const pipeline = createPipeline();
const inputs = await Promise.all(files.map((f) => buildCaseInput({ files: [f], requests: [] })));
pipeline.run(inputs[0]);
let t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const input of inputs) pipeline.run(input);
const inProcessRate = (ROUNDS * inputs.length) / ((performance.now() - t0) / 1000);

/** A fresh prefix and data dir, `workers` worker processes, and a completion listener. */
async function startRun(workers: number) {
  const prefix = `{bench-${randomUUID()}}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'prescreen-bench-'));
  const env = { ...process.env, REDIS_URL, PRESCREEN_QUEUE_PREFIX: prefix, PRESCREEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', PRESCREEN_CONCURRENCY: '2' };
  const procs: ChildProcess[] = Array.from({ length: workers }, () => spawn(process.execPath, ['bin/prescreen.js', 'worker'], { env, stdio: 'ignore' }));
  const conn = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const store = createCaseStore(dataDir);
  const client = createFlowClient({ connection: conn, prefix, store, pipeline: `${pipeline.definition.id}@${pipeline.definition.version}` });
  const events = new QueueEvents(CASE_QUEUE, { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }), prefix });
  const done = new Map<string, number>();
  events.on('completed', ({ jobId }) => done.set(jobId, performance.now()));
  await events.waitUntilReady();
  const docs = await Promise.all(files.map(async (f) => { const b = readFileSync(f); return { name: basename(f), sha256: await store.putDocument(basename(f), b), bytes: b.length }; }));
  const submit = (i: number) => client.submit({ documents: [docs[((i % docs.length) + docs.length) % docs.length]], requests: [], idempotencyKey: `bench-${i}` });
  const waitFor = async (n: number) => { while (done.size < n) await new Promise((r) => setTimeout(r, 20)); };
  // Warm-up: workers load the pipeline and fork their sandboxes before the clock starts.
  await submit(-1);
  await waitFor(1);
  async function close() {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((r) => p.once('exit', r))));
    await events.close(); await client.close(); conn.disconnect();
    const admin = new Redis(REDIS_URL);
    for (let cursor = '0'; ;) { const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000); if (keys.length) await admin.del(...keys); cursor = next; if (cursor === '0') break; }
    admin.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { procs, submit, done, waitFor, close };
}

const n = ROUNDS * files.length;
const run = await startRun(2);
t0 = performance.now();
const submitted = new Map<string, number>();
for (let i = 0; i < n; i++) submitted.set((await run.submit(i)).id, performance.now());
await run.waitFor(n + 1);
const queueRate = n / ((performance.now() - t0) / 1000);
console.log(`queue: ${n} cases with 2 worker processes: ${queueRate.toFixed(1)} cases/s; in-process (1 thread): ${inProcessRate.toFixed(1)} cases/s; ratio ${(queueRate / inProcessRate).toFixed(2)}`);

// Latency at half the measured rate: one submission every 2/rate seconds.
const gap = 2_000 / queueRate;
const sentAt = new Map<string, number>();
const m = Math.min(n, 200);
for (let i = 0; i < m; i++) {
  const at = performance.now();
  sentAt.set((await run.submit(n + i)).id, at);
  await new Promise((r) => setTimeout(r, Math.max(0, gap - (performance.now() - at))));
}
await run.waitFor(n + m + 1);
const lat = [...sentAt].map(([id, at]) => run.done.get(id)! - at);
console.log(`latency at ${(queueRate / 2).toFixed(1)} cases/s (${m} cases): p50 ${pct(lat, 50).toFixed(0)} ms, p95 ${pct(lat, 95).toFixed(0)} ms`);
await run.close();

// Peak RSS of one worker process (its sandboxed parse children are separate processes) over RSS_CASES cases.
const one = await startRun(1);
let peak = 0;
const pid = one.procs[0].pid!;
const sampler = setInterval(() => {
  try { const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]; if (kb) peak = Math.max(peak, Number(kb) * 1024); } catch { /* exited */ }
}, 500);
t0 = performance.now();
for (let i = 0; i < RSS_CASES; i += 50) await Promise.all(Array.from({ length: Math.min(50, RSS_CASES - i) }, (_, k) => one.submit(1_000_000 + i + k)));
await one.waitFor(RSS_CASES + 1);
clearInterval(sampler);
console.log(`worker peak RSS over ${RSS_CASES} cases: ${(peak / 2 ** 20).toFixed(0)} MB (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
await one.close();
process.exit(0);
