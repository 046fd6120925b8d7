/** The BullMQ runner: a worker that screens queued cases, and a producer that submits them. */
export { SCREEN_JOB, SCREEN_JOB_OPTIONS, SCREEN_QUEUE, isValidJobId } from './queue-names.ts';
export { createRedisConnection, ensureRedisReady, safeRedisUrl, type ConnectionRole } from './redis-connection.ts';
export { createScreenProcessor, toJobError } from './process-screen-job.ts';
export { closeOnSignals, createScreenWorker, type ScreenWorker, type ScreenWorkerOptions } from './create-worker.ts';
export { createSubmitter, submitCase, type CaseSpecInput, type SubmitOptions, type Submitter, type SubmitterOptions } from './submit-case.ts';
