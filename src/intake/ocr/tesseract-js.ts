import { createRequire } from 'node:module';
import { createWorker, type Worker } from 'tesseract.js';
import type { OcrEngine, OcrResult, RecognizeOptions } from './ocr-engine.ts';
import { toUnitConfidence } from './ocr-engine.ts';

const require = createRequire(import.meta.url);

/**
 * Where `@tesseract.js-data/eng` keeps its gzipped model: the package says so itself, so a new
 * data release with another folder layout keeps working.
 */
function englishData(): { langPath: string; gzip: boolean } {
  const data = require('@tesseract.js-data/eng') as { langPath: string; gzip: boolean };
  return { langPath: data.langPath, gzip: data.gzip };
}

/**
 * The default backend: tesseract.js (WebAssembly in a worker thread) with the English model from
 * npm, so OCR needs no network and no system packages. `cacheMethod: 'none'` stops it writing a
 * copy of the model into the working directory. The worker starts on first use (about 0.7 s) and
 * is reused for every page until `close`.
 */
export function createTesseractJsEngine(): OcrEngine {
  let worker: Promise<Worker> | null = null;
  const start = () => {
    const { langPath, gzip } = englishData();
    // errorHandler keeps a worker failure a rejected promise instead of an uncaught exception.
    return createWorker('eng', 1, { langPath, gzip, cacheMethod: 'none', errorHandler: () => undefined });
  };

  return {
    name: 'tesseract-js',
    async recognize(png: Buffer, options: RecognizeOptions = {}): Promise<OcrResult> {
      worker ??= start();
      const w = await worker;
      await w.setParameters({ user_defined_dpi: String(Math.round(options.dpi ?? 300)) });
      const { data } = await w.recognize(png);
      const text = data.text.trim() ? data.text : '';
      return { text, confidence: text ? toUnitConfidence(data.confidence) : 0 };
    },
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      // A worker that never started has nothing to terminate.
      if (w) await w.then((x) => x.terminate(), () => undefined);
    },
  };
}
