import { z } from 'zod';
import { prescreenError } from '../core/errors.ts';

const int = (min: number, max: number, dflt: number) => z.coerce.number().int().min(min).max(max).default(dflt);
const MiB = 1024 * 1024;

/**
 * Every environment variable prescreen reads (twelve-factor style), in one zod schema: the API,
 * the workers and `prescreen config` all go through it. CLI flags override some of them.
 */
export const EnvSchema = z.object({
  /** `redis://` or `rediss://` (TLS); user and password go in the URL. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /**
   * BullMQ key prefix. The default is a Redis Cluster hash tag, so every queue of a case flow
   * lands in one slot (flows span queues; cross-slot scripts fail on a cluster).
   */
  PRESCREEN_QUEUE_PREFIX: z.string().min(1).regex(/^[^:\s]+$/, 'must not contain ":" or spaces').default('{prescreen}'),
  /** Cases analysed at a time per worker process. */
  PRESCREEN_CONCURRENCY: int(1, 64, 2),
  /** Documents parsed at a time per worker process (each in a sandboxed child process). */
  PRESCREEN_PARSE_CONCURRENCY: int(1, 64, 2),
  /** Most cases started per second per queue, across all workers (BullMQ limiter); 0 = no limit. */
  PRESCREEN_RATE_LIMIT: int(0, 100_000, 0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Pipeline definition file; the default pipeline when absent. */
  PRESCREEN_PIPELINE: z.string().min(1).optional(),
  /** Uploaded documents, parsed documents and results (content-addressed; see docs/service.md). */
  PRESCREEN_DATA_DIR: z.string().min(1).default('./data'),
  /** Days a case's documents and result are kept on disk after submission. */
  PRESCREEN_RETENTION_DAYS: int(1, 3650, 30),
  PORT: int(0, 65_535, 3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Bearer tokens accepted by the API, comma-separated; the API refuses to start without one. */
  PRESCREEN_API_TOKENS: z.string().optional(),
  PRESCREEN_MAX_FILE_BYTES: int(1, 1024 * MiB, 25 * MiB),
  PRESCREEN_MAX_REQUEST_BYTES: int(1, 4096 * MiB, 100 * MiB),
  PRESCREEN_MAX_FILES: int(1, 1000, 20),
  /** Text documents with a longer line are refused: no record has one, and screening time grows with it. */
  PRESCREEN_MAX_LINE_CHARS: int(1_000, 100_000_000, 100_000),
  /** PDFs with more pages are refused before their pages are read. */
  PRESCREEN_MAX_PDF_PAGES: int(1, 1_000_000, 5_000),
  /** Parse documents in a child process (a hostile PDF cannot take the worker down); `false` for tests. */
  /** Lock of an active job: a killed worker's jobs go back to the queue about this long after. */
  PRESCREEN_LOCK_DURATION_MS: int(1_000, 600_000, 30_000),
  PRESCREEN_SANDBOX: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});

export type RawEnv = z.infer<typeof EnvSchema>;

export interface Env {
  redisUrl: string;
  queuePrefix: string;
  concurrency: number;
  parseConcurrency: number;
  rateLimit: number;
  logLevel: RawEnv['LOG_LEVEL'];
  pipelineFile: string | undefined;
  dataDir: string;
  retentionDays: number;
  port: number;
  host: string;
  apiTokens: string[];
  maxFileBytes: number;
  maxRequestBytes: number;
  maxFiles: number;
  maxPdfPages: number;
  maxLineChars: number;
  lockDurationMs: number;
  sandbox: boolean;
}

/**
 * Validates the environment once. Empty strings count as unset, since compose files and shells
 * often export `VAR=` for "not configured".
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([k, v]) => v !== undefined && v !== '' && k in EnvSchema.shape));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    // Issue paths are variable names; values are not echoed (a URL may hold a password).
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw prescreenError('PRESCREEN_ERR_INVALID_CONFIG', problems);
  }
  const e = parsed.data;
  return {
    redisUrl: e.REDIS_URL,
    queuePrefix: e.PRESCREEN_QUEUE_PREFIX,
    concurrency: e.PRESCREEN_CONCURRENCY,
    parseConcurrency: e.PRESCREEN_PARSE_CONCURRENCY,
    rateLimit: e.PRESCREEN_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    pipelineFile: e.PRESCREEN_PIPELINE,
    dataDir: e.PRESCREEN_DATA_DIR,
    retentionDays: e.PRESCREEN_RETENTION_DAYS,
    port: e.PORT,
    host: e.HOST,
    apiTokens: (e.PRESCREEN_API_TOKENS ?? '').split(',').map((t) => t.trim()).filter(Boolean),
    maxFileBytes: e.PRESCREEN_MAX_FILE_BYTES,
    maxRequestBytes: e.PRESCREEN_MAX_REQUEST_BYTES,
    maxFiles: e.PRESCREEN_MAX_FILES,
    maxPdfPages: e.PRESCREEN_MAX_PDF_PAGES,
    maxLineChars: e.PRESCREEN_MAX_LINE_CHARS,
    lockDurationMs: e.PRESCREEN_LOCK_DURATION_MS,
    sandbox: e.PRESCREEN_SANDBOX,
  };
}
