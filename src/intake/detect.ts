import { extname } from 'node:path';
import type { DocumentKind } from '../core/document.ts';
import { prescreenError } from '../core/errors.ts';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** Signatures of common binary formats people hand in instead of records, for a clear message. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'legacy Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

/** True when the bytes start with the PDF header `%PDF-`. */
export function hasPdfMagic(bytes: Uint8Array): boolean {
  return bytes.length >= PDF_MAGIC.length && PDF_MAGIC.every((b, i) => bytes[i] === b);
}

/** The kind a file name promises, from its extension; `null` when the extension says nothing. */
export function kindFromName(file: string): DocumentKind | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.json') return 'case-json';
  if (ext === '.txt' || ext === '.text') return 'text';
  return null;
}

/**
 * Decides how to read a file from its name and first bytes. A `.pdf` name must carry the PDF
 * header; a file with no known extension is a PDF when its bytes say so, otherwise text. Known
 * binary formats are refused up front, whatever their name.
 */
export function detectKind(file: string, bytes: Uint8Array): DocumentKind {
  const named = kindFromName(file);
  const pdf = hasPdfMagic(bytes);
  if (named === 'pdf') {
    if (!pdf) throw prescreenError('PRESCREEN_ERR_NOT_A_PDF', 'file name ends in .pdf but the content does not start with %PDF-', { file });
    return 'pdf';
  }
  const binary = BINARY_SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (binary) throw prescreenError('PRESCREEN_ERR_UNSUPPORTED_TYPE', `content is a ${binary.name}, not text or PDF`, { file });
  if (named) return named;
  return pdf ? 'pdf' : 'text';
}
