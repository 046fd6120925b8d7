import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaseInput } from '../../src/intake/index.ts';
import { createLogger } from '../../src/log/logger.ts';
import { createCaseStore, type CaseStore } from '../../src/runners/case-store.ts';
import { getCaseStatus } from '../../src/runners/case-status.ts';
import { createFlowWorkers, type FlowWorkers } from '../../src/runners/create-flow-workers.ts';
import { createRedisConnection } from '../../src/runners/redis-connection.ts';
import { createFlowClient, type FlowClient } from '../../src/runners/submit-flow.ts';
import { deletePrefix, requireRedis, TEST_REDIS_URL, testPipeline, uniquePrefix } from '../integration/queue-test-env.ts';

/**
 * The case flow (documents parsed as child jobs, parent analyses) must give exactly what
 * `createPipeline(def).run(buildCaseInput(spec))` gives, for every fixture case and for all
 * notes as one multi-document case; errors must carry the same code.
 */
const FIXTURE_DIRS = ['corpora/samples', 'corpora/fixtures/cases', 'test/fixtures/queue'];
const isInput = (f: string) => /\.(txt|md|pdf|json)$/i.test(f) && !/^readme\./i.test(f);
const REQUESTS = ['6 additional acupuncture sessions', 'physical therapy 2x/week for 4 weeks', '4 chiropractic visits'];
const files = FIXTURE_DIRS.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter(isInput).sort().map((f) => join(d, f)));
const notes = files.filter((f) => !f.endsWith('.json'));
const cases: [string, string[], string[]][] = [
  ...files.map((f): [string, string[], string[]] => [f, [f], f.endsWith('.json') ? [] : REQUESTS]),
  ...(notes.length > 1 ? [['all notes as one case', notes, REQUESTS] as [string, string[], string[]]] : []),
];

let admin: Redis;
let producer: Redis;
let store: CaseStore;
let flows: FlowClient;
let workers: FlowWorkers;
let dataDir: string;
const prefix = `{${uniquePrefix()}}`;

beforeAll(async () => {
  admin = await requireRedis();
  dataDir = mkdtempSync(join(tmpdir(), 'prescreen-flow-'));
  store = createCaseStore(dataDir);
  producer = createRedisConnection(TEST_REDIS_URL, 'worker');
  const pipeline = testPipeline();
  flows = createFlowClient({ connection: producer, prefix, store, pipeline: `${pipeline.definition.id}@${pipeline.definition.version}` });
  workers = createFlowWorkers({ redisUrl: TEST_REDIS_URL, prefix, store, pipeline, log: createLogger('worker'), concurrency: 2, parseConcurrency: 2,
    rateLimit: 0, sandbox: false, parse: { dataDir: store.root, maxBytes: 50 * 1024 * 1024, maxPdfPages: 5000 } });
});

afterAll(async () => {
  await workers?.close(5_000);
  await flows?.close();
  await producer?.quit();
  if (admin) await deletePrefix(admin, prefix);
  await admin?.quit();
  rmSync(dataDir, { recursive: true, force: true });
});

async function viaFlow(paths: string[], requests: string[]) {
  const documents = await Promise.all(paths.map(async (p) => {
    const bytes = readFileSync(p);
    return { name: basename(p), sha256: await store.putDocument(basename(p), bytes), bytes: bytes.length };
  }));
  const { id } = await flows.submit({ documents, requests });
  for (let i = 0; i < 600; i++) {
    const s = await getCaseStatus(flows, store, id);
    if (s?.status === 'completed' || s?.status === 'failed') return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`case ${id} did not finish`);
}

describe('case flow conforms to the in-process pipeline', () => {
  it('has fixture cases to compare', () => expect(cases.length).toBeGreaterThanOrEqual(2));

  it.each(cases)('%s', async (_label, paths, requests) => {
    let local: unknown;
    try {
      local = { result: testPipeline().run(await buildCaseInput({ files: paths, requests })) };
    } catch (err) {
      local = { code: (err as { code?: string }).code };
    }
    const flow = await viaFlow(paths, requests);
    if (flow.status === 'completed') expect({ result: flow.result }).toStrictEqual(JSON.parse(JSON.stringify(local)));
    else expect({ code: flow.error?.code }).toStrictEqual(local);
  });
});
