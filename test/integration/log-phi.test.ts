import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureLogging } from '../../src/log/logger.ts';
import { makePdf } from '../fixtures/intake/make-pdf.ts';
import { AUTH, multipart, startApi, waitForCase, type ApiHarness } from './api-test-env.ts';
import { requireRedis } from './queue-test-env.ts';

/**
 * Logs never contain record text: fixture cases (good and failing ones) go through the API and
 * the workers at the most verbose level, and every captured log line is searched for every
 * sentence of the fixtures.
 */
const FIXTURES = ['test/fixtures/queue/chiro-progress-note.txt', 'corpora/samples/acupuncture-progress-note.txt', 'corpora/samples/physical-therapy-progress-note.txt'];
const PDF_LINES = ['The claimant reports sharp pain radiating into the left calf.', 'Straight leg raise reproduces the symptoms at forty degrees.'];
const sentences = [...FIXTURES.flatMap((f) => readFileSync(f, 'utf8').split(/(?<=[.!?])\s+|\n/u)), ...PDF_LINES]
  .map((s) => s.trim()).filter((s) => s.length >= 25);

const lines: string[] = [];
let admin: Redis;
let h: ApiHarness;

beforeAll(async () => {
  admin = await requireRedis();
  configureLogging({ level: 'trace', destination: { write: (line: string) => { lines.push(line); } } });
  h = await startApi(admin, { LOG_LEVEL: 'trace' });
});
afterAll(async () => {
  await h?.close();
  configureLogging({ level: 'silent' });
  await admin?.quit();
});

describe('logs carry no record text', () => {
  it('has sentences to look for', () => expect(sentences.length).toBeGreaterThan(10));

  it('screens good and failing cases without logging a fixture sentence', async () => {
    const ids: string[] = [];
    const uploads = [
      ...FIXTURES.map((f) => [{ name: 'documents', filename: f.split('/').pop()!, value: readFileSync(f) }]),
      [{ name: 'documents', filename: 'letter.pdf', value: makePdf([PDF_LINES]), type: 'application/pdf' }],
      [{ name: 'documents', filename: 'cut.pdf', value: makePdf([PDF_LINES]).subarray(0, 300), type: 'application/pdf' }],
    ];
    for (const parts of uploads) {
      const body = multipart([...parts, { name: 'requests', value: JSON.stringify(['6 acupuncture sessions', '4 chiropractic visits']) }]);
      const res = await h.api.app.inject({ method: 'POST', url: '/v1/cases', payload: body.payload, headers: body.headers });
      ids.push(res.json().id);
    }
    const outcomes = await Promise.all(ids.map((id) => waitForCase(h.api, id)));
    expect(outcomes.map((o) => o.status)).toEqual(['completed', 'completed', 'completed', 'completed', 'failed']);
    await h.api.app.inject({ url: `/v1/cases/${ids[0]}/report`, headers: AUTH });
    expect(lines.length).toBeGreaterThan(5);
    const leaks = lines.flatMap((line) => sentences.filter((s) => line.includes(s)).map((s) => `${s.slice(0, 30)}... in ${line.slice(0, 80)}`));
    expect(leaks).toEqual([]);
  });
});
