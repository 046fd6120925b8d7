import { pino, type Logger } from 'pino';

/**
 * Fields that can carry record text (PHI). They are censored wherever they appear at the top
 * level or up to two levels down, so `log.info({ job: { result } })` is as safe as
 * `log.info({ result })`. Logs should not be handed record text in the first place; this is the
 * safety net.
 */
export const REDACTED_FIELDS = ['text', 'sentence', 'summary', 'documents', 'result', 'returnvalue', 'pages'] as const;

export const REDACT_PATHS = REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

export interface LoggerOptions {
  level?: string;
  /** Where lines go; stderr by default, so stdout stays clean for reports and JSON. */
  destination?: NodeJS.WritableStream | { write(line: string): void };
}

let root: Logger | null = null;

function createRoot(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  // Synchronous writes: a worker killed after SIGTERM's deadline still leaves its last lines.
  const destination = options.destination ?? pino.destination({ fd: 2, sync: true });
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { pid: process.pid } }, destination as pino.DestinationStream);
}

/**
 * Sets the level (and optionally the destination) of every logger created afterwards; the CLI
 * calls this once after reading the environment. Tests pass a destination to capture lines.
 */
export function configureLogging(options: LoggerOptions): void {
  root = createRoot(options);
}

/** A named child logger (`{"name":"worker",...}`), sharing the root's level and redaction. */
export function createLogger(name: string): Logger {
  root ??= createRoot();
  return root.child({ name });
}

export type { Logger };
