import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/logger.ts';

const DAY_MS = 86_400_000;

/** Removes entries of `dir` last modified before `cutoff`; returns how many went. */
async function sweepDir(dir: string, cutoff: number): Promise<number> {
  let names: string[];
  try { names = await readdir(dir); } catch { return 0; }
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < cutoff) { await rm(path, { recursive: true, force: true }); removed++; }
  }
  return removed;
}

/**
 * The retention policy of the data directory (docs/service.md): a case's record (manifest,
 * parsed documents, result or failure) and uploaded documents are deleted `days` after they were
 * last written. Redis keeps finished jobs a day (failed: a week); the files outlive them, so a
 * result stays readable for the whole retention period.
 */
export async function sweepExpired(root: string, days: number, now = Date.now()): Promise<{ cases: number; documents: number }> {
  const cutoff = now - days * DAY_MS;
  return { cases: await sweepDir(join(root, 'cases'), cutoff), documents: await sweepDir(join(root, 'documents'), cutoff) };
}

/** Sweeps once an hour (and once at start) in the background; `stop` ends it. */
export function startRetentionSweeper(root: string, days: number, log: Logger) {
  const run = () => sweepExpired(root, days).then(
    (n) => { if (n.cases || n.documents) log.info(n, 'retention: removed expired cases and documents'); },
    (err: Error) => log.warn({ err: err.message }, 'retention sweep failed'),
  );
  void run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
