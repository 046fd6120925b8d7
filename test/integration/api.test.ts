import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaseInput } from '../../src/intake/index.ts';
import { AUTH, multipart, startApi, TOKEN, waitForCase, type ApiHarness } from './api-test-env.ts';
import { requireRedis, testPipeline } from './queue-test-env.ts';

const NOTE = 'test/fixtures/queue/chiro-progress-note.txt';
const NOTE_BYTES = readFileSync(NOTE);
const REQUESTS = ['4 additional chiropractic visits'];

let admin: Redis;
let h: ApiHarness;

beforeAll(async () => {
  admin = await requireRedis();
  h = await startApi(admin);
});
afterAll(async () => {
  await h?.close();
  await admin?.quit();
});

const submitNote = (headers: Record<string, string> = {}, requests = REQUESTS) => {
  const body = multipart([
    { name: 'documents', filename: 'chiro-progress-note.txt', value: NOTE_BYTES },
    { name: 'requests', value: JSON.stringify(requests) },
  ]);
  return h.api.app.inject({ method: 'POST', url: '/v1/cases', payload: body.payload, headers: { ...body.headers, ...headers } });
};

describe('HTTP API on a real Redis', () => {
  it('answers /healthz and /readyz without a token', async () => {
    expect((await h.api.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await h.api.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ redis: 'ok' });
  });

  it.each(['/v1/cases/c0000000000000000000000000000000000000000', '/metrics', '/admin/queues'])('refuses %s: 401 without a token, 403 with a wrong one', async (url) => {
    const none = await h.api.app.inject(url);
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('PRESCREEN_ERR_UNAUTHORIZED');
    const wrong = await h.api.app.inject({ url, headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('PRESCREEN_ERR_FORBIDDEN');
  });

  it('screens a multipart case to the result the in-process pipeline gives', async () => {
    const res = await submitNote();
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    expect(id).toMatch(/^c[0-9a-f]{40}$/);
    expect(res.headers.location).toBe(`/v1/cases/${id}`);
    const done = await waitForCase(h.api, id);
    expect(done.status).toBe('completed');
    expect(done.progress).toEqual({ documents: 1, parsed: 1 });
    const local = testPipeline().run(await buildCaseInput({ files: [NOTE], requests: REQUESTS }));
    expect(done.result).toStrictEqual(JSON.parse(JSON.stringify(local)));
  });

  it('collapses a resubmission onto the same case, and honours Idempotency-Key', async () => {
    const first = (await submitNote()).json().id;
    const again = await submitNote();
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first);
    const keyed = (await submitNote({ 'idempotency-key': 'rfa-2024-0001' })).json().id;
    expect(keyed).not.toBe(first);
    const keyedAgain = await submitNote({ 'idempotency-key': 'rfa-2024-0001' }, ['6 acupuncture sessions']);
    expect(keyedAgain.json().id).toBe(keyed);
    await waitForCase(h.api, keyed);
    expect(await h.api.context.flows.caseQueue.getJobCounts('completed', 'failed', 'waiting', 'active')).toMatchObject({ failed: 0 });
  });

  it('accepts the JSON form with document text', async () => {
    const res = await h.api.app.inject({ method: 'POST', url: '/v1/cases', headers: AUTH,
      payload: { caseId: 'json-case', requests: REQUESTS, documents: [{ name: 'note.txt', text: NOTE_BYTES.toString('utf8') }] } });
    expect(res.statusCode).toBe(202);
    const done = await waitForCase(h.api, res.json().id);
    expect(done.result.caseId).toBe('json-case');
    expect(done.result.documents[0].source).toBe('note.txt');
  });

  it('serves the report as Markdown and HTML, and 404 for an unknown case', async () => {
    const { id } = (await submitNote()).json();
    await waitForCase(h.api, id);
    const md = await h.api.app.inject({ url: `/v1/cases/${id}/report`, headers: AUTH });
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body).toContain('chiropractic');
    const html = await h.api.app.inject({ url: `/v1/cases/${id}/report?format=html`, headers: AUTH });
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toMatch(/<html/i);
    const missing = await h.api.app.inject({ url: '/v1/cases/c1111111111111111111111111111111111111111', headers: AUTH });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('PRESCREEN_ERR_CASE_NOT_FOUND');
  });

  it('exports Prometheus metrics, OpenAPI at /docs and the queue dashboard behind auth', async () => {
    const metrics = await h.api.app.inject({ url: '/metrics', headers: AUTH });
    expect(metrics.body).toMatch(/prescreen_jobs\{queue="case",state="completed"\} [1-9]/);
    expect(metrics.body).toContain('prescreen_case_duration_seconds');
    const spec = (await h.api.app.inject('/docs/json')).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/v1/cases', '/v1/cases/{id}', '/v1/cases/{id}/report']));
    expect((await h.api.app.inject('/docs/')).statusCode).toBe(200);
    expect((await h.api.app.inject({ url: '/admin/queues', headers: AUTH })).statusCode).toBe(200);
  });
});
