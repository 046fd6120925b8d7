import { QueueEvents } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { failureFromReason } from '../runners/case-status.ts';
import { CASE_QUEUE, PARSE_QUEUE } from '../runners/queue-names.ts';
import { createRedisConnection } from '../runners/redis-connection.ts';
import type { FlowClient } from '../runners/submit-flow.ts';

const STATES = ['waiting', 'waiting-children', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;

/**
 * Prometheus metrics of the service: jobs by queue and state (read from Redis at scrape time),
 * case durations from submission to result, and failures by error code (both from BullMQ's
 * event stream, so they count what every worker did, wherever it runs).
 */
export async function createMetrics(options: { flows: FlowClient; redisUrl: string; prefix: string }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'prescreen_api_' });
  const queues = { [CASE_QUEUE]: options.flows.caseQueue, [PARSE_QUEUE]: options.flows.parseQueue };
  new Gauge({
    name: 'prescreen_jobs', help: 'Jobs by queue and state', labelNames: ['queue', 'state'], registers: [registry],
    async collect() {
      for (const [name, queue] of Object.entries(queues)) {
        const counts = await queue.getJobCounts(...STATES);
        for (const state of STATES) this.set({ queue: name, state }, counts[state] ?? 0);
      }
    },
  });
  const duration = new Histogram({
    name: 'prescreen_case_duration_seconds', help: 'Time from submission to result of completed cases', registers: [registry],
    buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  });
  const failures = new Counter({ name: 'prescreen_job_failures_total', help: 'Failed jobs by queue and error code', labelNames: ['queue', 'code'], registers: [registry] });

  // QueueEvents blocks on XREAD: one worker-style connection each, owned (and closed) here.
  const connections = Object.keys(queues).map(() => createRedisConnection(options.redisUrl, 'worker'));
  const events = Object.keys(queues).map((name, i) => new QueueEvents(name, { connection: connections[i], prefix: options.prefix }));
  for (const ev of events) {
    ev.on('error', () => undefined);
    ev.on('failed', ({ failedReason }) => failures.inc({ queue: ev.name, code: failureFromReason(failedReason).code }));
  }
  events[0].on('completed', ({ jobId }) => {
    void options.flows.caseQueue.getJob(jobId).then((job) => {
      if (job?.finishedOn) duration.observe((job.finishedOn - job.timestamp) / 1000);
    }).catch(() => undefined);
  });

  return {
    registry,
    async close() {
      await Promise.allSettled(events.map((e) => e.close()));
      for (const c of connections) c.disconnect();
    },
  };
}
export type Metrics = Awaited<ReturnType<typeof createMetrics>>;
