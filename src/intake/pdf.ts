import { basename } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { createDocument, type SourceDocument } from '../core/document.ts';
import { prescreenError } from '../core/errors.ts';

/** Maps pdf.js / pdf-parse failures to coded errors; their messages never hold document text. */
function pdfError(e: unknown, file: string): Error {
  const name = (e as Error | null)?.name;
  if (name === 'PasswordException') return prescreenError('PRESCREEN_ERR_ENCRYPTED_PDF', 'PDF is encrypted and needs a password', { file, cause: e });
  const why = name === 'InvalidPDFException' || name === 'FormatError' ? 'invalid or corrupt PDF structure' : 'PDF cannot be parsed';
  return prescreenError('PRESCREEN_ERR_UNREADABLE', `${why} (${name ?? 'unknown error'})`, { file, cause: e });
}

/**
 * Extracts the text layer of each page. A page without a text layer (a scan) gives empty text:
 * OCR is future work, so its `ocrConfidence` stays null.
 */
export async function extractPdfPages(bytes: Uint8Array, file: string): Promise<string[]> {
  // pdf.js transfers the buffer it is given; a copy keeps the caller's bytes usable.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    const byNumber = new Map(result.pages.map((p) => [p.num, p.text]));
    return Array.from({ length: result.total }, (_, i) => byNumber.get(i + 1) ?? '');
  } catch (e) {
    throw pdfError(e, file);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Builds a PDF document, one page per PDF page, refusing a PDF with no text on any page. */
export async function createPdfDocument(bytes: Uint8Array, file: string, id = 'doc-1'): Promise<SourceDocument> {
  const pages = await extractPdfPages(bytes, file);
  if (!pages.some((t) => /\S/u.test(t))) {
    throw prescreenError('PRESCREEN_ERR_EMPTY_INPUT', `PDF has no text layer on any of its ${pages.length} pages`, { file });
  }
  return createDocument({ id, source: basename(file), kind: 'pdf', pages: pages.map((text) => ({ text, ocrConfidence: null })) });
}
