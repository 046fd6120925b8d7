import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import { extname } from 'node:path';
import type { CaseInput } from '../core/case-input.ts';
import type { SourceDocument } from '../core/document.ts';
import { prescreenError } from '../core/errors.ts';
import type { ReadInput } from '../intake/read-document.ts';
import type { Logger } from '../log/logger.ts';
import type { Pipeline } from '../pipeline/create-pipeline.ts';
import type { CaseManifest, CaseStore } from './case-store.ts';
import type { ParseJobResult } from './parse-document-job.ts';
import { toJobError } from './process-screen-job.ts';

/** Data of a case flow's parent job: the case id only; the manifest on disk says the rest. */
export interface AnalyseJobData { caseJob: string }
/** What the parent returns to BullMQ: the hash of the result stored on disk. */
export interface AnalyseJobResult { sha256: string; items: number; facts: number }

/**
 * Puts parsed documents together exactly as `buildCaseInput` does for files on disk (document
 * order, requests of a case JSON first, case id precedence), so the flow's result equals
 * `createPipeline(def).run(buildCaseInput(spec))`; the conformance test holds it to that.
 */
export function assembleCaseInput(manifest: CaseManifest, inputs: ReadInput[]): CaseInput {
  const documents: SourceDocument[] = [];
  const requests: string[] = [];
  let jsonCaseId: string | undefined;
  for (const input of inputs) {
    if (input.kind === 'document') documents.push(input.document);
    else {
      documents.push(...input.case.documents);
      requests.push(...input.case.requests);
      jsonCaseId ??= input.case.caseId;
    }
  }
  requests.push(...manifest.requests);
  const first = manifest.documents[0].name;
  const caseId = manifest.caseId ?? jsonCaseId ?? first.slice(0, first.length - extname(first).length);
  return { caseId: caseId || first, documents, requests };
}

/** Reads the parsed documents the children stored, checking each against the hash it returned. */
async function loadParsed(job: Job, store: CaseStore, caseJob: string, count: number): Promise<ReadInput[]> {
  const values = Object.values(await job.getChildrenValues()) as ParseJobResult[];
  if (values.length !== count) throw new Error(`expected ${count} parsed documents, got ${values.length}`);
  return Promise.all(values.sort((a, b) => a.index - b.index).map(async (v) => {
    const parsed = await store.getParsed(caseJob, v.index);
    if (parsed.hash !== v.sha256) throw new UnrecoverableError(`PRESCREEN_ERR_UNREADABLE: parsed document ${v.index} does not match its hash`);
    return JSON.parse(parsed.text) as ReadInput;
  }));
}

/**
 * The processor of a case flow's parent: runs when every document is parsed, screens the case
 * with the worker's pipeline (built once per process) and stores the result on disk.
 */
export function createAnalyseProcessor(pipeline: Pipeline, store: CaseStore, log: Logger): Processor<AnalyseJobData, AnalyseJobResult> {
  return async function analyseCase(job) {
    const { caseJob } = job.data;
    const started = performance.now();
    try {
      const manifest = await store.getManifest(caseJob);
      if (!manifest) throw prescreenError('PRESCREEN_ERR_CASE_NOT_FOUND', `no manifest for case ${caseJob}`);
      const input = assembleCaseInput(manifest, await loadParsed(job, store, caseJob, manifest.documents.length));
      const result = pipeline.run(input);
      const hash = await store.putResult(caseJob, result);
      log.info({ jobId: job.id, attempt: job.attemptsMade + 1, facts: result.facts.length, items: result.items.length,
        ms: Math.round(performance.now() - started) }, 'case screened');
      return { sha256: hash, items: result.items.length, facts: result.facts.length };
    } catch (err) {
      if (err instanceof UnrecoverableError) throw err;
      const jobError = toJobError(err, job.id, log);
      log.warn({ jobId: job.id, attempt: job.attemptsMade + 1, error: jobError.message }, 'case analysis failed');
      throw jobError;
    }
  };
}
