import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** A free TCP port on 127.0.0.1 (bind to 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 100 ms until it is truthy or `timeoutMs` passes (then throws `what`). */
export async function until<T>(what: string, check: () => Promise<T> | T, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A redis-server of the test's own on a free port, with AOF (fsync on every write) in a temp dir. */
export async function startRedis(port?: number, dir?: string) {
  const p = port ?? await freePort();
  const d = dir ?? mkdtempSync(join(tmpdir(), 'prescreen-redis-'));
  const proc = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--dir', d, '--appendonly', 'yes', '--appendfsync', 'always',
    '--save', '', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${p}`;
  await until('redis-server to answer', async () => {
    const c = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    c.on('error', () => undefined);
    try { await c.connect(); return (await c.ping()) === 'PONG'; } catch { return false; } finally { c.disconnect(); }
  }, 15_000);
  return { proc, port: p, dir: d, url };
}

/** Starts `prescreen <command>` as a real process (node + bin/prescreen.js, as in the Dockerfile). */
export function startPrescreen(command: 'serve' | 'worker', env: Record<string, string>): ChildProcess {
  const proc = spawn(process.execPath, ['bin/prescreen.js', command], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  proc.stderr?.on('data', (d: Buffer) => { if (process.env.RELIABILITY_VERBOSE) process.stderr.write(d); });
  return proc;
}

/** Sends SIGTERM (or `signal`) and waits for the exit, SIGKILL after `ms`. */
export async function stop(proc: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM', ms = 10_000): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill(signal);
  await Promise.race([exited, sleep(ms).then(() => proc.kill('SIGKILL'))]);
  await exited;
}

/** Resident memory of a process in bytes (Linux /proc), or null when it is gone. */
export async function rssOf(pid: number): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

export const TOKEN = `rel-${randomUUID()}`;

/** A thin client of the API over real HTTP on 127.0.0.1. */
export function apiClient(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Bearer ${TOKEN}` };
  return {
    ready: async () => { try { return (await fetch(`${base}/readyz`)).status === 200; } catch { return false; } },
    async submit(name: string, text: string, requests: string[]): Promise<{ status: number; id?: string }> {
      const form = new FormData();
      form.append('documents', new Blob([text], { type: 'text/plain' }), name);
      form.append('requests', JSON.stringify(requests));
      const res = await fetch(`${base}/v1/cases`, { method: 'POST', body: form, headers: auth });
      const body = await res.json() as { id?: string };
      return { status: res.status, id: body.id };
    },
    async status(id: string): Promise<Record<string, any>> {
      const res = await fetch(`${base}/v1/cases/${id}`, { headers: auth });
      return res.json() as Promise<Record<string, any>>;
    },
  };
}
