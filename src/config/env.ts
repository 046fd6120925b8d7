import { z } from 'zod';
import { prescreenError } from '../core/errors.ts';

/**
 * Runtime settings of the queue mode, read from the environment (twelve-factor style), so a
 * container or a compose file configures the worker without flags. CLI flags override them.
 */
export const EnvSchema = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /** BullMQ key prefix: keeps prescreen's keys apart from other users of the same Redis. */
  PRESCREEN_QUEUE_PREFIX: z.string().min(1).regex(/^[^:\s]+$/, 'must not contain ":" or spaces').default('prescreen'),
  PRESCREEN_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Pipeline definition file; the default pipeline when absent. */
  PRESCREEN_PIPELINE: z.string().min(1).optional(),
});

export interface Env {
  redisUrl: string;
  queuePrefix: string;
  concurrency: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  pipelineFile: string | undefined;
}

/**
 * Validates the environment once. Empty strings count as unset, since compose files and shells
 * often export `VAR=` for "not configured".
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
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
    logLevel: e.LOG_LEVEL,
    pipelineFile: e.PRESCREEN_PIPELINE,
  };
}
