import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createApiServer, type ApiServer } from '../../src/api/create-server.ts';
import { loadEnv, type Env } from '../../src/config/env.ts';
import { createLogger } from '../../src/log/logger.ts';
import { createCaseStore } from '../../src/runners/case-store.ts';
import { createFlowWorkers, type FlowWorkers } from '../../src/runners/create-flow-workers.ts';
import { deletePrefix, TEST_REDIS_URL, testPipeline } from './queue-test-env.ts';
import type { Redis } from 'ioredis';

export const TOKEN = 'test-token-0123456789';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

/** One multipart part: a file (`filename` set) or a field. */
export interface Part { name: string; value: Buffer | string; filename?: string; type?: string }

/** Builds a multipart/form-data body for `app.inject`, so tests control every byte (names, types). */
export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----prescreen${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
    const type = p.filename !== undefined ? `\r\nContent-Type: ${p.type ?? 'text/plain'}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`), Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { ...AUTH, 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface ApiHarness { api: ApiServer; workers: FlowWorkers; env: Env; dataDir: string; close(): Promise<void> }

/**
 * An API server and case-flow workers in this process, on a fresh prefix (a hash tag, as in
 * production) and a fresh data directory. `sandbox` forks the parse child process as production does.
 */
export async function startApi(admin: Redis, overrides: Record<string, string> = {}, sandbox = false): Promise<ApiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'prescreen-api-'));
  const env = loadEnv({ REDIS_URL: TEST_REDIS_URL, PRESCREEN_QUEUE_PREFIX: `{test-${randomUUID()}}`, PRESCREEN_DATA_DIR: dataDir,
    PRESCREEN_API_TOKENS: `other-token,${TOKEN}`, LOG_LEVEL: 'silent', ...overrides });
  const pipeline = testPipeline();
  const api = await createApiServer({ env, pipeline: `${pipeline.definition.id}@${pipeline.definition.version}`, lexiconDir: pipeline.definition.lexiconDir });
  const store = createCaseStore(dataDir);
  const workers = createFlowWorkers({
    redisUrl: env.redisUrl, prefix: env.queuePrefix, store, pipeline, log: createLogger('worker'), concurrency: 2, parseConcurrency: 2,
    rateLimit: 0, sandbox, parse: { dataDir: store.root, maxBytes: env.maxFileBytes, maxPdfPages: env.maxPdfPages },
  });
  await workers.waitUntilReady();
  return {
    api, workers, env, dataDir,
    async close() {
      await workers.close(5_000);
      await api.close();
      await deletePrefix(admin, env.queuePrefix);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `GET /v1/cases/:id` until the case is completed or failed; returns the last body. */
export async function waitForCase(api: ApiServer, id: string, timeoutMs = 30_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await api.app.inject({ method: 'GET', url: `/v1/cases/${id}`, headers: AUTH });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    if (body.status === 'completed' || body.status === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`case ${id} still ${body.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
