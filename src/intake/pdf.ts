import { basename } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { createDocument, type SourceDocument } from '../core/document.ts';
import { isPrescreenError, prescreenError } from '../core/errors.ts';
import { ocrEmptyPages, type OcrOption } from './ocr/ocr-empty-pages.ts';

/** Maps pdf.js / pdf-parse failures to coded errors; their messages never hold document text. */
function pdfError(e: unknown, file: string): Error {
  if (isPrescreenError(e)) return e;
  const name = (e as Error | null)?.name;
  if (name === 'PasswordException') return prescreenError('PRESCREEN_ERR_ENCRYPTED_PDF', 'PDF is encrypted and needs a password', { file, cause: e });
  const why = name === 'InvalidPDFException' || name === 'FormatError' ? 'invalid or corrupt PDF structure' : 'PDF cannot be parsed';
  return prescreenError('PRESCREEN_ERR_UNREADABLE', `${why} (${name ?? 'unknown error'})`, { file, cause: e });
}

/** Runs `fn` on a parser of a copy of `bytes` (pdf.js transfers the buffer it is given). */
async function withParser<T>(bytes: Uint8Array, file: string, fn: (parser: PDFParse) => Promise<T>): Promise<T> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return await fn(parser);
  } catch (e) {
    throw pdfError(e, file);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** The text layer of every page, in page order; a page without one gives empty text. */
async function textLayer(parser: PDFParse): Promise<string[]> {
  const result = await parser.getText();
  const byNumber = new Map(result.pages.map((p) => [p.num, p.text]));
  return Array.from({ length: result.total }, (_, i) => byNumber.get(i + 1) ?? '');
}

/** Extracts the text layer of each page, without OCR. A page without a text layer gives empty text. */
export async function extractPdfPages(bytes: Uint8Array, file: string): Promise<string[]> {
  return withParser(bytes, file, textLayer);
}

/** Options of PDF intake. */
export interface PdfOptions {
  /** OCR of pages without a text layer; see `OcrOption` (default: `PRESCREEN_OCR`, itself `auto`). */
  ocr?: OcrOption;
}

/**
 * Builds a PDF document, one page per PDF page. Pages without a text layer (scans) are OCR'd and
 * carry the OCR confidence; a PDF with no text on any page even then is refused.
 */
export async function createPdfDocument(bytes: Uint8Array, file: string, id = 'doc-1', options: PdfOptions = {}): Promise<SourceDocument> {
  const pages = await withParser(bytes, file, async (parser) => ocrEmptyPages(parser, await textLayer(parser), options.ocr, file));
  if (!pages.some((p) => /\S/u.test(p.text))) {
    throw prescreenError('PRESCREEN_ERR_EMPTY_INPUT', `PDF has no text on any of its ${pages.length} pages, even after OCR`, { file });
  }
  return createDocument({ id, source: basename(file), kind: 'pdf', pages });
}
