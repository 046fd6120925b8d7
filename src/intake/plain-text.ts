import { basename } from 'node:path';
import { createDocument, PAGE_SEPARATOR, type SourceDocument } from '../core/document.ts';
import { prescreenError } from '../core/errors.ts';

// Control characters other than tab, line feed, vertical tab, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
/** Above this share of control characters the "text" is binary whatever its encoding. */
const MAX_CONTROL_SHARE = 0.01;

/** Decodes UTF-16 (with a byte-order mark), UTF-8, or, for older exports, Windows-1252. */
function decode(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // A NUL byte outside UTF-16 means binary content (images, archives, word-processor files).
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Turns the bytes of a text file into text, refusing binary content and text with no visible
 * characters. A UTF-8 byte-order mark is dropped; everything else is kept as is.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const text = decode(bytes);
  if (text === null) throw prescreenError('PRESCREEN_ERR_UNSUPPORTED_TYPE', 'binary content (NUL bytes) in a text file', { file });
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) {
    throw prescreenError('PRESCREEN_ERR_UNSUPPORTED_TYPE', `binary content (${controls} control characters) in a text file`, { file });
  }
  if (!/\S/u.test(text)) throw prescreenError('PRESCREEN_ERR_EMPTY_INPUT', 'file has only whitespace', { file });
  return text;
}

/**
 * Builds a text or Markdown document from decoded text. Form feeds (as `pdftotext` writes them)
 * mark page breaks, so the pages of an exported PDF keep their numbers; the text is unchanged.
 */
export function createTextDocument(text: string, file: string, kind: 'text' | 'markdown', id = 'doc-1'): SourceDocument {
  const pages = text.split(PAGE_SEPARATOR).map((t) => ({ text: t }));
  return createDocument({ id, source: basename(file), kind, pages });
}
