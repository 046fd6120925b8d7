import { Worker, type Job, type Processor, type WorkerOptions } from 'bullmq';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log/logger.ts';
import type { Pipeline } from '../pipeline/create-pipeline.ts';
import { createAnalyseProcessor } from './analyse-case-job.ts';
import { failureFromReason } from './case-status.ts';
import type { CaseStore } from './case-store.ts';
import { parseDocument, type ParseSettings } from './parse-document-job.ts';
import { toJobError } from './process-screen-job.ts';
import { CASE_QUEUE, PARSE_QUEUE } from './queue-names.ts';
import { createRedisConnection } from './redis-connection.ts';
import { createWatchdog } from './watchdog.ts';

export interface FlowWorkerOptions {
  redisUrl: string;
  prefix: string;
  store: CaseStore;
  pipeline: Pipeline;
  parse: ParseSettings;
  concurrency: number;
  parseConcurrency: number;
  /** Cases started per second across all workers; 0 = unlimited. */
  rateLimit: number;
  /** Parse in a forked child process (production) or in this process (tests, benchmarks). */
  sandbox: boolean;
  /** Lock of an active job; a killed worker's jobs are taken back after about this long. */
  lockDurationMs?: number;
  /** Watchdog period; a worker idle for 4 periods while jobs wait is recreated. */
  watchdogMs?: number;
  log: Logger;
}

const SANDBOX_FILE = fileURLToPath(new URL('./parse-sandbox.ts', import.meta.url));

/** Node flags for the sandbox child: the parent's, minus debugger flags, plus tsx to load `.ts`. */
function sandboxExecArgv(): string[] {
  const argv = process.execArgv.filter((a) => !a.startsWith('--inspect'));
  return argv.some((a) => a.includes('tsx')) ? argv : [...argv, '--import', 'tsx'];
}

/** A worker that can be replaced (watchdog) and records a case's failure once its job gives up. */
function createManagedWorker(name: string, processor: string | Processor, opts: Omit<WorkerOptions, 'connection'>, o: FlowWorkerOptions) {
  const connection = createRedisConnection(o.redisUrl, 'worker');
  const onFailed = (job: Job | undefined, err: Error) => {
    if (!job) return;
    const final = err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    // A parent failed by its child reports "child <key> failed"; the child records the typed reason.
    if (!final || /^child \S+ failed$/u.test(err.message)) return;
    const caseJob = (job.data as { caseJob?: string }).caseJob;
    if (caseJob) void o.store.putFailure(caseJob, failureFromReason(err.message)).catch(() => undefined);
  };
  const make = () => {
    const w = new Worker(name, processor, { ...opts, connection, prefix: o.prefix, lockDuration: o.lockDurationMs ?? 30_000, stalledInterval: o.lockDurationMs ?? 30_000, maxStalledCount: 2 });
    w.on('error', (err) => o.log.error({ queue: name, err: err.message }, 'worker error'));
    w.on('failed', onFailed);
    w.on('active', () => dog.touch());
    w.on('completed', () => dog.touch());
    return w;
  };
  let worker: Worker;
  const period = o.watchdogMs ?? 15_000;
  const dog = createWatchdog(() => worker, {
    intervalMs: period, staleMs: 4 * period, log: o.log,
    waiting: () => connection.llen(`${o.prefix}:${name}:wait`),
    recover: async () => { const old = worker; worker = make(); await old.close(true).catch(() => undefined); },
  });
  worker = make();
  return {
    get worker() { return worker; },
    async close(force: boolean) { dog.stop(); await worker.close(force); },
    connection,
  };
}

/**
 * The workers of case flows in one process: `parse` (documents, sandboxed) and `case` (analyse
 * and decide with a pipeline built once). `close(deadlineMs)` stops taking jobs and waits for the
 * active ones; past the deadline it disconnects, and the jobs' locks expire so another worker's
 * stalled-job check takes them back. Resolves true when everything finished in time.
 */
export function createFlowWorkers(o: FlowWorkerOptions) {
  const parseProcessor: string | Processor = o.sandbox ? SANDBOX_FILE : async (job: Job) => {
    try { return await parseDocument(job.data, o.parse); } catch (err) { throw toJobError(err, job.id, o.log); }
  };
  const parse = createManagedWorker(PARSE_QUEUE, parseProcessor, {
    concurrency: o.parseConcurrency, workerForkOptions: { execArgv: sandboxExecArgv(), env: { ...process.env, PRESCREEN_DATA_DIR: o.parse.dataDir,
      PRESCREEN_MAX_FILE_BYTES: String(o.parse.maxBytes), PRESCREEN_MAX_PDF_PAGES: String(o.parse.maxPdfPages) } },
  }, o);
  const analyse = createManagedWorker(CASE_QUEUE, createAnalyseProcessor(o.pipeline, o.store, o.log), {
    concurrency: o.concurrency, ...(o.rateLimit > 0 ? { limiter: { max: o.rateLimit, duration: 1_000 } } : {}),
  }, o);
  const all = [parse, analyse];

  let closing: Promise<boolean> | null = null;
  function close(deadlineMs = 30_000): Promise<boolean> {
    closing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([
        Promise.all(all.map((w) => w.close(false))).then(() => true),
        new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), deadlineMs); }),
      ]);
      clearTimeout(timer);
      if (!inTime) o.log.warn({ deadlineMs }, 'active jobs did not finish before the deadline; disconnecting');
      await Promise.allSettled(all.map((w) => (inTime ? w.connection.quit() : Promise.resolve(w.connection.disconnect()))));
      if (!inTime) await Promise.allSettled(all.map((w) => w.worker.close(true)));
      return inTime;
    })();
    return closing;
  }

  return { parse, analyse, close, waitUntilReady: () => Promise.all(all.map((w) => w.worker.waitUntilReady())) };
}
export type FlowWorkers = ReturnType<typeof createFlowWorkers>;
