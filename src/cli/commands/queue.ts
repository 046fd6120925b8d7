import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadEnv } from '../../config/env.ts';
import { configureLogging, createLogger } from '../../log/logger.ts';
import { closeOnSignals } from '../../runners/create-worker.ts';
import { startWorkers } from '../../runners/start-workers.ts';
import { submitCase } from '../../runners/submit-case.ts';
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from '../format-result.ts';

interface WorkerOptions { concurrency?: number; pipeline?: string; shutdownTimeout: number }
interface SubmitOptions { request: string[]; caseId?: string; jobId?: string; format: OutputFormat; timeout: number }

const collect = (value: string, previous: string[]) => [...previous, value];

function positiveInt() {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer.');
    return n;
  };
}

/**
 * `prescreen worker` and `prescreen submit`: queue mode on BullMQ. Redis and the queue prefix
 * come from the environment (REDIS_URL, PRESCREEN_QUEUE_PREFIX; see src/config/env.ts).
 */
export function registerQueueCommands(program: Command): void {
  program
    .command('worker')
    .description('Screen queued cases and API case flows until SIGINT/SIGTERM (settings from the environment: prescreen config)')
    .option('-c, --concurrency <n>', 'jobs at a time (default PRESCREEN_CONCURRENCY or 2)', positiveInt())
    .option('--pipeline <file>', 'pipeline definition (default PRESCREEN_PIPELINE or the default pipeline)')
    .option('--shutdown-timeout <ms>', 'on a signal, how long to wait for active jobs', positiveInt(), 30_000)
    .action(async (opts: WorkerOptions) => {
      const env = loadEnv();
      configureLogging({ level: env.logLevel });
      const log = createLogger('worker');
      const handle = await startWorkers(env, { concurrency: opts.concurrency, pipelineFile: opts.pipeline, log });
      closeOnSignals(handle, opts.shutdownTimeout, log);
      // The open Redis connections keep the process alive; the signal handler exits it.
    });

  program
    .command('submit')
    .description('Queue one case, wait for a worker to screen it, and print the result as `screen` does')
    .argument('<files...>', 'notes (.txt, .md), PDFs or a case JSON; paths must be readable by the worker')
    .option('-r, --request <text>', 'a requested treatment as written on the RFA (repeatable)', collect, [])
    .option('--case-id <id>', 'case id (default: the case JSON number or the first file name)')
    .option('--job-id <id>', 'deterministic job id: resubmitting it returns the first result (no ":", not all digits)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('md'))
    .option('--timeout <ms>', 'how long to wait for the result', positiveInt(), 120_000)
    .action(async (files: string[], opts: SubmitOptions) => {
      const env = loadEnv();
      configureLogging({ level: env.logLevel });
      const result = await submitCase(
        { files, requests: opts.request, caseId: opts.caseId },
        { redisUrl: env.redisUrl, prefix: env.queuePrefix, jobId: opts.jobId, timeoutMs: opts.timeout },
      );
      process.stdout.write(await formatResult(result, opts.format));
    });
}
