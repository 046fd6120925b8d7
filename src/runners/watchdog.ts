import type { Worker } from 'bullmq';
import type { Logger } from '../log/logger.ts';

export interface WatchdogOptions {
  /** How often to look, in ms. */
  intervalMs: number;
  /** How long a worker may sit idle while its queue has waiting jobs before it counts as stuck. */
  staleMs: number;
  /** Jobs waiting in the worker's queue. */
  waiting: () => Promise<number>;
  /** Called with the stuck worker; replaces it (see create-flow-workers.ts). */
  recover: () => Promise<void>;
  log: Logger;
}

/**
 * Detects a worker that stopped consuming, as BullMQ workers may after a Redis restart (reported
 * upstream): jobs wait, the worker is running, yet nothing became active for `staleMs`. The
 * recovery recreates the worker, whose new connections block on the queue again. Returns the
 * `touch` to call on every job event and a `stop`.
 */
export function createWatchdog(getWorker: () => Worker, options: WatchdogOptions) {
  let lastActivity = Date.now();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      const worker = getWorker();
      if (worker.closing || Date.now() - lastActivity < options.staleMs) return;
      const waiting = await options.waiting();
      if (waiting === 0) { lastActivity = Date.now(); return; }
      options.log.warn({ queue: worker.name, waiting, idleMs: Date.now() - lastActivity }, 'worker idle while jobs wait; recreating it');
      await options.recover();
      lastActivity = Date.now();
    })().catch((err: Error) => options.log.warn({ err: err.message }, 'watchdog check failed')).finally(() => { busy = false; });
  }, options.intervalMs);
  timer.unref();
  return {
    touch: () => { lastActivity = Date.now(); },
    stop: () => clearInterval(timer),
  };
}
