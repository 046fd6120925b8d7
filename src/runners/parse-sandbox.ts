/**
 * Entry file of the sandboxed parse processor: BullMQ forks a child process that loads this file
 * and runs each parse job in it. pdf.js runs there, so a PDF that crashes it, exhausts its memory
 * or blocks it kills only the child: BullMQ fails (and retries) that job and forks a new child,
 * and the worker's lock renewal never starves. The parent passes `--import tsx` (see
 * create-flow-workers.ts) so this TypeScript file loads without a build step.
 */
import type { SandboxedJob } from 'bullmq';
import { toJobError } from './process-screen-job.ts';
import { parseDocument, type ParseJobData, type ParseJobResult } from './parse-document-job.ts';
import { loadEnv } from '../config/env.ts';
import { configureLogging, createLogger } from '../log/logger.ts';

// The child inherits the worker's environment (the worker sets PRESCREEN_DATA_DIR and the limits).
const env = loadEnv();
configureLogging({ level: env.logLevel });
const log = createLogger('parse');
const settings = { dataDir: env.dataDir, maxBytes: env.maxFileBytes, maxPdfPages: env.maxPdfPages };

export default async function processParseJob(job: SandboxedJob<ParseJobData, ParseJobResult>): Promise<ParseJobResult> {
  try {
    return await parseDocument(job.data, settings);
  } catch (err) {
    throw toJobError(err, job.id, log);
  }
}
