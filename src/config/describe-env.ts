import { EnvSchema, loadEnv } from './env.ts';
import { safeRedisUrl } from '../runners/redis-connection.ts';

/** Variables whose values are secrets: shown as a count or with the password removed. */
const SECRET: Record<string, (value: string) => string> = {
  PRESCREEN_API_TOKENS: (v) => `(${v.split(',').filter((t) => t.trim()).length} token(s) set)`,
  REDIS_URL: (v) => safeRedisUrl(v),
};

export interface EnvLine { name: string; value: string; source: 'environment' | 'default' | 'unset' }

/**
 * The effective configuration, one line per variable of the schema, for `prescreen config`.
 * Validates first (an invalid environment throws PRESCREEN_ERR_INVALID_CONFIG), then shows each
 * value as the services will see it; secrets are masked.
 */
export function describeEnv(source: NodeJS.ProcessEnv = process.env): EnvLine[] {
  loadEnv(source);
  const defaults = EnvSchema.safeParse({}).data as Record<string, unknown> | undefined;
  return Object.keys(EnvSchema.shape).map((name): EnvLine => {
    const set = source[name];
    const raw = set !== undefined && set !== '' ? set : defaults?.[name];
    if (raw === undefined) return { name, value: '', source: 'unset' };
    const text = String(raw);
    const mask = SECRET[name];
    return { name, value: mask ? mask(text) : text, source: set !== undefined && set !== '' ? 'environment' : 'default' };
  });
}
