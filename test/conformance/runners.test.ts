import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseResult } from '../../src/core/case-result.ts';
import type { CaseSpec } from '../../src/core/case-spec.ts';
import { buildCaseInput } from '../../src/intake/index.ts';
import { createPipeline, type Pipeline } from '../../src/pipeline/create-pipeline.ts';
import { loadPipelineDefinition } from '../../src/pipeline/definition.ts';
import { createScreenWorker, type ScreenWorker } from '../../src/runners/create-worker.ts';
import { SCREEN_QUEUE } from '../../src/runners/queue-names.ts';
import { createSubmitter, type Submitter } from '../../src/runners/submit-case.ts';
import { removeQueue, requireRedis, TEST_REDIS_URL, uniquePrefix } from '../integration/queue-test-env.ts';

/**
 * The queue runner must return exactly what the in-process runner returns, for every fixture
 * case: same calls on both sides, and nothing lost or changed by the JSON round trip through
 * Redis (Dates, undefined fields, -0). Errors must conform too: same code on both sides.
 */
const FIXTURE_DIRS = ['corpora/samples', 'corpora/fixtures/cases', 'test/fixtures/queue'];
const INPUT = /\.(txt|md|pdf|json)$/i;
const isInput = (f: string) => INPUT.test(f) && !/^readme\./i.test(f);
const REQUESTS = ['6 additional acupuncture sessions', 'physical therapy 2x/week for 4 weeks', '4 chiropractic visits'];

const files = FIXTURE_DIRS.filter((d) => existsSync(d))
  .flatMap((d) => readdirSync(d).filter(isInput).sort().map((f) => join(d, f)));
const notes = files.filter((f) => !f.endsWith('.json'));
// Relative paths, as a user types them: the submitter must not change the result by resolving them.
const cases: [string, CaseSpec][] = [
  ...files.map((f): [string, CaseSpec] => [f, { files: [f], requests: f.endsWith('.json') ? [] : REQUESTS }]),
  ...(notes.length > 1 ? [['all notes as one case', { files: notes, requests: REQUESTS, caseId: 'multi' }] as [string, CaseSpec]] : []),
];

type Outcome = { result: CaseResult } | { code: string };

async function inProcess(pipeline: Pipeline, spec: CaseSpec): Promise<Outcome> {
  try {
    return { result: pipeline.run(await buildCaseInput(spec)) };
  } catch (err) {
    return { code: (err as { code?: string }).code ?? String(err) };
  }
}

describe('queue runner conforms to the in-process runner', () => {
  const pipelineFile = process.env.PRESCREEN_PIPELINE || undefined;
  let admin: Redis;
  let worker: ScreenWorker;
  let submitter: Submitter;
  const prefix = uniquePrefix();

  beforeAll(async () => {
    admin = await requireRedis();
    worker = createScreenWorker({ redisUrl: TEST_REDIS_URL, prefix, concurrency: 2, pipelineFile });
    submitter = await createSubmitter({ redisUrl: TEST_REDIS_URL, prefix });
  });

  afterAll(async () => {
    await worker?.close(5_000);
    await submitter?.close();
    if (admin) await removeQueue(admin, prefix);
    await admin?.quit();
  });

  it('has fixture cases to compare', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)('%s', async (_label, spec) => {
    const local = await inProcess(createPipeline(loadPipelineDefinition(pipelineFile)), spec);
    if ('result' in local) {
      // The in-process result itself must survive JSON unchanged, or no queue could carry it.
      expect(JSON.parse(JSON.stringify(local.result))).toStrictEqual(local.result);
      expect(await submitter.submit(spec)).toStrictEqual(local.result);
    } else {
      await expect(submitter.submit(spec)).rejects.toMatchObject({ code: 'PRESCREEN_ERR_JOB_FAILED', message: expect.stringContaining(local.code) });
    }
  });
});
