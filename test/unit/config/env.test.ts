import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../../src/config/env.ts';

describe('loadEnv', () => {
  it('applies defaults, treating empty strings as unset', () => {
    expect(loadEnv({ REDIS_URL: '', LOG_LEVEL: '' })).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379', queuePrefix: '{prescreen}', concurrency: 2, logLevel: 'info', pipelineFile: undefined,
      dataDir: './data', apiTokens: [], sandbox: true,
    });
  });

  it('reads and coerces the settings', () => {
    const env = loadEnv({ REDIS_URL: 'redis://redis:6379', PRESCREEN_QUEUE_PREFIX: 'ps', PRESCREEN_CONCURRENCY: '4', LOG_LEVEL: 'debug', PRESCREEN_PIPELINE: 'p.yaml' });
    expect(env).toMatchObject({ redisUrl: 'redis://redis:6379', queuePrefix: 'ps', concurrency: 4, logLevel: 'debug', pipelineFile: 'p.yaml' });
    expect(loadEnv({ PRESCREEN_API_TOKENS: ' a , b,,', PRESCREEN_SANDBOX: 'false', REDIS_URL: 'rediss://u:p@h:6380' }))
      .toMatchObject({ apiTokens: ['a', 'b'], sandbox: false, redisUrl: 'rediss://u:p@h:6380' });
  });

  it.each([
    [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL'],
    [{ PRESCREEN_CONCURRENCY: 'two' }, 'PRESCREEN_CONCURRENCY'],
    [{ PRESCREEN_QUEUE_PREFIX: 'a:b' }, 'PRESCREEN_QUEUE_PREFIX'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %o naming the variable', (source, name) => {
    expect(() => loadEnv(source)).toThrow(expect.objectContaining({ code: 'PRESCREEN_ERR_INVALID_CONFIG', message: expect.stringContaining(name) }));
  });

  it('does not echo a REDIS_URL password in its error', () => {
    expect(() => loadEnv({ REDIS_URL: 'redis://user:s3cret@' })).toThrow(expect.not.objectContaining({ message: expect.stringContaining('s3cret') }));
  });
});
