import type { PDFParse } from 'pdf-parse';
import type { OcrEngine } from './ocr-engine.ts';
import { ocrPages } from './ocr-pages.ts';
import { createOcrEngine, ocrModeFromEnv } from './select-engine.ts';

/**
 * The `ocr` read option: `false` never OCRs, `true` OCRs even when `PRESCREEN_OCR=off`, an engine
 * is used as given (and left open, so a worker process reuses one engine for every document), and
 * leaving it out follows `PRESCREEN_OCR` (default `auto`).
 */
export type OcrOption = boolean | OcrEngine;

/** One page as intake keeps it: text, and the OCR confidence when OCR produced the text. */
export interface PageText { text: string; ocrConfidence: number | null }

/**
 * Fills the pages whose text layer is empty (or only whitespace) with OCR text and confidence.
 * The engine starts only when a non-blank empty page needs it, and an engine made here is closed
 * here. Pages with a text layer are never OCR'd, so their offsets stay those of the text layer.
 */
export async function ocrEmptyPages(parser: PDFParse, texts: string[], option: OcrOption | undefined, file: string): Promise<PageText[]> {
  const pages: PageText[] = texts.map((text) => ({ text, ocrConfidence: null }));
  const empty = texts.flatMap((t, i) => (/\S/u.test(t) ? [] : [i + 1]));
  if (option === false || empty.length === 0) return pages;
  // A caller's engine needs no environment; otherwise PRESCREEN_OCR picks (and may veto) one.
  const mode = typeof option === 'object' ? 'auto' : ocrModeFromEnv();
  if (option === undefined && mode === 'off') return pages;
  let owned: OcrEngine | null = null;
  const engine = async (): Promise<OcrEngine> => {
    if (typeof option === 'object') return option;
    owned ??= await createOcrEngine(mode === 'off' ? 'auto' : mode);
    return owned as OcrEngine;
  };
  try {
    const results = await ocrPages(parser, empty, engine, file);
    for (const [n, r] of results) if (r) pages[n - 1] = { text: r.text, ocrConfidence: r.confidence };
  } finally {
    await (owned as OcrEngine | null)?.close().catch(() => undefined);
  }
  return pages;
}
