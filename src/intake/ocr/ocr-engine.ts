/** What an OCR backend returns for one page image. */
export interface OcrResult {
  /** Recognised text, lines separated by `\n`; empty when nothing legible was found. */
  text: string;
  /** Mean word confidence of the page, 0..1 (0 when no word was recognised). */
  confidence: number;
}

/** Hints about the image, so the backend need not guess its resolution. */
export interface RecognizeOptions {
  /** Resolution the page was rendered at, in dots per inch. */
  dpi?: number;
}

/**
 * An OCR backend behind one interface, so intake does not care whether tesseract.js (from npm,
 * a worker thread) or the system's `tesseract` (a child process) reads the page. Both keep the
 * CPU-heavy work off the main thread; `close` frees the worker and must be called once.
 */
export interface OcrEngine {
  /** Backend name, for logs and reports (`tesseract-js`, `tesseract-cli`). */
  readonly name: string;
  /** Reads one page image (PNG bytes). */
  recognize(png: Buffer, options?: RecognizeOptions): Promise<OcrResult>;
  close(): Promise<void>;
}

/** Tesseract reports confidences as 0..100; the domain model keeps 0..1. */
export function toUnitConfidence(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(1, Math.max(0, percent / 100));
}
