import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUT_LIMITS, type BadInput, makeBadInputs, makeGoodInputs } from '../fixtures/bad-input/make-bad-inputs.ts';
import { AUTH, multipart, startApi, waitForCase, type ApiHarness } from './api-test-env.ts';
import { requireRedis } from './queue-test-env.ts';

/**
 * The bad-input corpus through the real API, sandboxed parse workers and Redis: each kind gets its
 * typed error and status (at once, or as the failed case's code), the service stays up, and good
 * cases submitted in the same run all complete.
 */
let admin: Redis;
let h: ApiHarness;
const previousOcr = process.env.PRESCREEN_OCR;

beforeAll(async () => {
  admin = await requireRedis();
  process.env.PRESCREEN_OCR = 'off'; // inherited by the sandboxed parser: the image-only PDF stays image-only
  h = await startApi(admin, BAD_INPUT_LIMITS, true);
});
afterAll(async () => {
  await h?.close();
  await admin?.quit();
  if (previousOcr === undefined) delete process.env.PRESCREEN_OCR; else process.env.PRESCREEN_OCR = previousOcr;
});

function send(input: BadInput) {
  if (input.raw) {
    return h.api.app.inject({ method: 'POST', url: '/v1/cases', payload: input.raw.payload, headers: { ...AUTH, 'content-type': input.raw.contentType } });
  }
  const requests = typeof input.requests === 'string' ? input.requests : JSON.stringify(input.requests ?? []);
  const body = multipart([...(input.files ?? []).map((f) => ({ name: 'documents', ...f })), { name: 'requests', value: requests }]);
  const headers = input.noAuth ? { 'content-type': body.headers['content-type'] } : body.headers;
  return h.api.app.inject({ method: 'POST', url: '/v1/cases', payload: body.payload, headers });
}

describe('bad-input corpus through the API', () => {
  const corpus = makeBadInputs();

  it('has at least 15 kinds', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
  });

  it('answers each kind with its typed error, stays up, and completes the good cases of the same run', async () => {
    const good = makeGoodInputs(5);
    const goodIds: string[] = [];
    const pending: { input: BadInput; id: string }[] = [];
    for (const [i, input] of corpus.entries()) {
      const g = good[i % good.length];
      if (i < good.length) {
        const res = await send({ kind: 'good', files: [g], requests: g.requests, expected: { completes: true } });
        expect(res.statusCode, 'good case').toBe(202);
        goodIds.push(res.json().id);
      }
      const res = await send(input);
      if ('refused' in input.expected) {
        expect({ kind: input.kind, status: res.statusCode, code: res.json().error?.code })
          .toEqual({ kind: input.kind, status: input.expected.refused, code: input.expected.code });
        expect(res.body).not.toContain('Follow-up visit');
      } else {
        expect({ kind: input.kind, status: res.statusCode }).toEqual({ kind: input.kind, status: 202 });
        pending.push({ input, id: res.json().id });
      }
    }
    for (const { input, id } of pending) {
      const done = await waitForCase(h.api, id, 60_000);
      if ('failed' in input.expected) {
        expect({ kind: input.kind, status: done.status, code: done.error?.code }, done.error?.reason).toEqual({ kind: input.kind, status: 'failed', code: input.expected.failed });
        const report = await h.api.app.inject({ url: `/v1/cases/${id}/report`, headers: AUTH });
        expect(report.statusCode).toBe(422);
        expect(report.json().error.code).toBe('PRESCREEN_ERR_JOB_FAILED');
      } else {
        expect({ kind: input.kind, status: done.status }).toEqual({ kind: input.kind, status: 'completed' });
      }
    }
    for (const id of goodIds) expect((await waitForCase(h.api, id)).status).toBe('completed');
    expect((await h.api.app.inject('/readyz')).statusCode).toBe(200);
  });
});
