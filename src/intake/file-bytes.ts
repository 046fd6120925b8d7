import { readFile, stat } from 'node:fs/promises';
import { prescreenError } from '../core/errors.ts';
import type { OcrOption } from './ocr/ocr-empty-pages.ts';

/** Default size limit for one input file: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Options every intake reader takes. */
export interface ReadOptions {
  /** Largest file accepted, in bytes; checked with `stat` before anything is read. */
  maxBytes?: number;
  /** Id of the resulting document (default `doc-1`). */
  id?: string;
  /** OCR of PDF pages without a text layer (default: `PRESCREEN_OCR`, itself `auto`); see `OcrOption`. */
  ocr?: OcrOption;
}

/** Maps an fs error to a coded intake error; messages carry the errno, never file content. */
function fsError(e: unknown, file: string): Error {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return prescreenError('PRESCREEN_ERR_FILE_NOT_FOUND', 'no such file', { file, cause: e });
  return prescreenError('PRESCREEN_ERR_UNREADABLE', `cannot read the file (${code ?? 'unknown error'})`, { file, cause: e });
}

/**
 * Reads a whole input file after checking that it exists, is a regular file, is not empty and is
 * not larger than `maxBytes`. The size is checked first so an oversized file is never loaded.
 */
export async function readFileBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    throw fsError(e, file);
  }
  if (!info.isFile()) throw prescreenError('PRESCREEN_ERR_UNREADABLE', 'not a regular file', { file });
  if (info.size > maxBytes) {
    throw prescreenError('PRESCREEN_ERR_TOO_LARGE', `file has ${info.size} bytes, more than the limit of ${maxBytes}`, { file });
  }
  if (info.size === 0) throw prescreenError('PRESCREEN_ERR_EMPTY_INPUT', 'file is empty', { file });
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw fsError(e, file);
  }
  // The file may have grown between stat and read; the limit still holds.
  if (bytes.length > maxBytes) {
    throw prescreenError('PRESCREEN_ERR_TOO_LARGE', `file has ${bytes.length} bytes, more than the limit of ${maxBytes}`, { file });
  }
  return bytes;
}
