import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CaseResult } from '../../src/core/case-result.ts';
import { PrescreenError } from '../../src/core/errors.ts';
import type { Pipeline } from '../../src/pipeline/create-pipeline.ts';
import { createScreenWorker, type ScreenWorker } from '../../src/runners/create-worker.ts';
import { SCREEN_QUEUE } from '../../src/runners/queue-names.ts';
import { createSubmitter, type Submitter } from '../../src/runners/submit-case.ts';
import { removeQueue, requireRedis, TEST_REDIS_URL, testPipeline, uniquePrefix } from './queue-test-env.ts';

const NOTE = 'test/fixtures/queue/chiro-progress-note.txt';
/** Lines of the note long enough to be recognisable record text. */
const NOTE_LINES = readFileSync(NOTE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length >= 20);

let admin: Redis;
let prefix: string;
let worker: ScreenWorker | null;
let submitter: Submitter | null;
let tmp: string;

beforeAll(async () => { admin = await requireRedis(); });
afterAll(async () => { await admin?.quit(); });

beforeEach(() => {
  prefix = uniquePrefix();
  worker = null;
  submitter = null;
  tmp = mkdtempSync(join(tmpdir(), 'prescreen-queue-'));
});

afterEach(async () => {
  await worker?.close(5_000);
  await submitter?.close();
  await removeQueue(admin, prefix);
  rmSync(tmp, { recursive: true, force: true });
});

function startWorker(pipeline: Pipeline = testPipeline()): ScreenWorker {
  worker = createScreenWorker({ redisUrl: TEST_REDIS_URL, prefix, concurrency: 2, pipeline });
  return worker;
}

async function startSubmitter(): Promise<Submitter> {
  submitter = await createSubmitter({ redisUrl: TEST_REDIS_URL, prefix });
  return submitter;
}

async function rejection(p: Promise<unknown>): Promise<PrescreenError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(PrescreenError);
  return err as PrescreenError;
}

describe('queue mode (BullMQ on a real Redis)', () => {
  it('screens a queued case and returns its CaseResult', async () => {
    startWorker();
    const s = await startSubmitter();
    const result = await s.submit({ files: [NOTE], requests: ['4 additional chiropractic visits'], caseId: 'queue-ok' });
    expect(CaseResult.parse(result)).toStrictEqual(result);
    expect(result.caseId).toBe('queue-ok');
    expect(result.documents.map((d) => d.source)).toEqual(['chiro-progress-note.txt']);
    expect(result.items).toHaveLength(1);
    expect(await s.queue.getJobCounts('completed', 'failed')).toEqual({ completed: 1, failed: 0 });
  });

  it.each([
    ['a missing file', () => join(tmp, 'no-such-note.txt'), 'PRESCREEN_ERR_FILE_NOT_FOUND'],
    ['an empty file', () => { const f = join(tmp, 'empty.txt'); writeFileSync(f, ''); return f; }, 'PRESCREEN_ERR_EMPTY_INPUT'],
  ])('fails %s once, without retries, as PRESCREEN_ERR_JOB_FAILED naming the code', async (_label, makeFile, code) => {
    startWorker();
    const s = await startSubmitter();
    const file = makeFile();
    const err = await rejection(s.submit({ files: [file], requests: [] }, { jobId: 'bad-input' }));
    expect(err.code).toBe('PRESCREEN_ERR_JOB_FAILED');
    expect(err.message).toContain(code);
    const job = await s.queue.getJob('bad-input');
    expect(await job!.getState()).toBe('failed');
    expect(job!.attemptsMade).toBe(1);
    expect(job!.failedReason).toBe(`${code}: ${file}`);
  });

  it('retries unexpected errors (3 attempts) and keeps their message out of Redis', async () => {
    const secret = 'She slipped on a wet loading ramp';
    const broken: Pipeline = { ...testPipeline(), run: () => { throw new TypeError(`cannot read ${secret}`); } };
    startWorker(broken);
    const s = await startSubmitter();
    const err = await rejection(s.submit({ files: [NOTE], requests: [] }, { jobId: 'flaky' }));
    expect(err.code).toBe('PRESCREEN_ERR_JOB_FAILED');
    const job = await s.queue.getJob('flaky');
    expect(job!.attemptsMade).toBe(3);
    expect(job!.failedReason).toMatch(/^TypeError: unexpected error while screening/);
    const stored = JSON.stringify(await admin.hgetall(`${prefix}:${SCREEN_QUEUE}:flaky`));
    expect(stored).not.toContain(secret);
  });

  it('stores file references, not record text, in the job data', async () => {
    const s = await startSubmitter(); // no worker: the job stays waiting as enqueued
    await s.enqueue({ files: [NOTE], requests: ['4 additional chiropractic visits'] }, { jobId: 'phi-check' });
    const hash = await admin.hgetall(`${prefix}:${SCREEN_QUEUE}:phi-check`);
    expect(hash.data).toContain('chiro-progress-note.txt');
    const stored = JSON.stringify(hash);
    for (const line of NOTE_LINES) expect(stored).not.toContain(line);
  });

  it('treats a deterministic job id as idempotent: one job, the same result twice', async () => {
    startWorker();
    const s = await startSubmitter();
    const spec = { files: [NOTE], requests: ['4 additional chiropractic visits'] };
    const first = await s.submit(spec, { jobId: 'case-42' });
    const second = await s.submit(spec, { jobId: 'case-42' });
    expect(second).toStrictEqual(first);
    expect(await s.queue.getJobCounts('completed')).toEqual({ completed: 1 });
  });

  it('rejects job ids BullMQ cannot store', async () => {
    const s = await startSubmitter();
    for (const jobId of ['case:1', '12345']) {
      expect((await rejection(s.enqueue({ files: [NOTE] }, { jobId }))).code).toBe('PRESCREEN_ERR_INVALID_CONFIG');
    }
  });

  it('reports PRESCREEN_ERR_JOB_TIMEOUT when no worker answers in time', async () => {
    const s = await startSubmitter();
    const err = await rejection(s.submit({ files: [NOTE] }, { timeoutMs: 300 }));
    expect(err.code).toBe('PRESCREEN_ERR_JOB_TIMEOUT');
  });

  it('fails fast with PRESCREEN_ERR_QUEUE_UNAVAILABLE when Redis cannot be reached', async () => {
    const err = await rejection(createSubmitter({ redisUrl: 'redis://127.0.0.1:1', prefix, connectTimeoutMs: 500 }));
    expect(err.code).toBe('PRESCREEN_ERR_QUEUE_UNAVAILABLE');
    expect(err.message).toContain('redis-server');
  });

  it('closes an idle worker within its deadline', async () => {
    const w = startWorker();
    await w.worker.waitUntilReady();
    expect(await w.close(5_000)).toBe(true);
    expect(w.worker.closing).toBeTruthy();
  });
});
