import type { PDFParse } from 'pdf-parse';
import { isPrescreenError, prescreenError } from '../../core/errors.ts';
import type { OcrEngine, OcrResult } from './ocr-engine.ts';
import { inkShare } from './png-ink.ts';

/** Tesseract reads body text best at about 300 DPI; PDF user space is 72 units per inch. */
const TARGET_DPI = 300;
/** Longest side of a rendered page, so a poster-sized page cannot exhaust memory (~4 in x 20). */
const MAX_SIDE_PX = 6000;
/** Blank-page check at 72 DPI: 16x fewer pixels than the OCR render, so it costs ~80 ms, not ~600. */
const CHECK_DPI = 72;
/** Below this share of dark pixels (~10 at 72 DPI on a letter page) a page is blank. */
const MIN_INK = 2e-5;

/** Wraps engine failures in a coded error naming the page; engine messages are not kept. */
function ocrError(e: unknown, n: number, file: string): Error {
  if (isPrescreenError(e) && e.code === 'PRESCREEN_ERR_INVALID_CONFIG') return e;
  const why = isPrescreenError(e) ? e.message.replace(/^PRESCREEN_ERR_\w+: /u, '') : ((e as Error | null)?.name ?? 'unknown error');
  return prescreenError('PRESCREEN_ERR_OCR_FAILED', `OCR of page ${n} failed (${why})`, { file, cause: e });
}

/** The page size in PDF units, from pdf-parse's per-page info. */
async function pageSize(parser: PDFParse, n: number): Promise<{ width: number; height: number }> {
  const info = await parser.getInfo({ parsePageInfo: true, partial: [n] });
  const page = info.pages[0] as { width?: number; height?: number } | undefined;
  return { width: page?.width ?? 612, height: page?.height ?? 792 };
}

/** Renders one page to PNG at `dpi` (less for very large pages); returns the DPI used. */
export async function renderPage(parser: PDFParse, n: number, dpi = TARGET_DPI): Promise<{ png: Buffer; dpi: number }> {
  const { width, height } = await pageSize(parser, n);
  const scale = Math.min(dpi / 72, MAX_SIDE_PX / Math.max(width, height, 1));
  const shot = await parser.getScreenshot({ partial: [n], scale, imageDataUrl: false, imageBuffer: true });
  return { png: Buffer.from(shot.pages[0].data), dpi: scale * 72 };
}

/**
 * OCRs the given pages (1-based) one at a time, so only one page image is in memory. Blank pages
 * are not sent to the engine and give `null`; so do pages where OCR finds no text. `engine` is
 * asked for lazily: a PDF whose empty pages are all blank never starts an OCR worker.
 */
export async function ocrPages(
  parser: PDFParse, pages: number[], engine: () => Promise<OcrEngine>, file: string,
): Promise<Map<number, OcrResult | null>> {
  const out = new Map<number, OcrResult | null>();
  for (const n of pages) {
    if (inkShare((await renderPage(parser, n, CHECK_DPI)).png) < MIN_INK) {
      out.set(n, null);
      continue;
    }
    const { png, dpi } = await renderPage(parser, n);
    // Rendering errors propagate as they are (intake maps pdf.js errors); engine errors are OCR's.
    const result = await engine().then((e) => e.recognize(png, { dpi })).catch((e: unknown) => {
      throw ocrError(e, n, file);
    });
    out.set(n, /\S/u.test(result.text) ? result : null);
  }
  return out;
}
