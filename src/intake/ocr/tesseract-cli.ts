import { spawn } from 'node:child_process';
import { prescreenError } from '../../core/errors.ts';
import type { OcrEngine, OcrResult, RecognizeOptions } from './ocr-engine.ts';
import { parseTesseractTsv } from './tesseract-tsv.ts';

/** A page that takes longer than this is killed: a hung OCR must not hold a queue job forever. */
const PAGE_TIMEOUT_MS = 120_000;

interface RunResult { code: number | null; stdout: string }

/**
 * Runs `tesseract` with the image on stdin. OMP_THREAD_LIMIT=1 because tesseract's OpenMP
 * threading is much slower than one thread on small machines (2.6x on 2 cores); parallelism
 * belongs to the job queue, one page per process.
 */
function run(command: string, args: string[], input?: Buffer): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), PAGE_TIMEOUT_MS);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }); });
    // EPIPE when tesseract exits early is reported by 'close' with its exit code.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

const probes = new Map<string, Promise<boolean>>();

/** True when `command` runs and lists the English model; probed once per process. */
export function hasTesseractCli(command = 'tesseract'): Promise<boolean> {
  let probe = probes.get(command);
  if (!probe) {
    probe = run(command, ['--list-langs']).then((r) => r.code === 0 && /^eng$/mu.test(r.stdout), () => false);
    probes.set(command, probe);
  }
  return probe;
}

/**
 * The faster backend when the system has Tesseract (`apt-get install tesseract-ocr
 * tesseract-ocr-eng`): one child process per page, which is also the sandbox, since a crash or a
 * runaway page ends that process only. Output is TSV so text and confidence come from one run.
 */
export function createTesseractCliEngine(command = 'tesseract'): OcrEngine {
  return {
    name: 'tesseract-cli',
    async recognize(png: Buffer, options: RecognizeOptions = {}): Promise<OcrResult> {
      const dpi = String(Math.round(options.dpi ?? 300));
      let r: RunResult;
      try {
        r = await run(command, ['stdin', 'stdout', '--dpi', dpi, '-l', 'eng', 'tsv'], png);
      } catch (e) {
        throw prescreenError('PRESCREEN_ERR_OCR_FAILED', `cannot run ${command} (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`, { cause: e });
      }
      if (r.code !== 0) throw prescreenError('PRESCREEN_ERR_OCR_FAILED', `${command} exited with ${r.code ?? 'a signal (timeout?)'}`);
      return parseTesseractTsv(r.stdout);
    },
    async close(): Promise<void> {},
  };
}
