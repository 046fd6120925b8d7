import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { isPrescreenError, prescreenError } from '../core/errors.ts';
import { hasPdfMagic } from '../intake/detect.ts';
import { readInput } from '../intake/read-document.ts';
import { createCaseStore, sha256 } from './case-store.ts';

/** Data of a parse job: where the document is and what it must hash to. No record text. */
export interface ParseJobData {
  caseJob: string;
  /** 0-based position in the case; the document id becomes `doc-<index+1>` as in `buildCaseInput`. */
  index: number;
  name: string;
  sha256: string;
}

/** Settings of the parsing process (from its environment in the sandbox), not of the job. */
export interface ParseSettings { dataDir: string; maxBytes: number; maxPdfPages: number }

/** What a parse job returns (stored by BullMQ): a reference to the parsed document and its hash. */
export interface ParseJobResult { index: number; sha256: string }

/** Refuses a PDF with too many pages before pdf.js reads any of them (a 10,000-page PDF of nothing). */
async function checkPageCount(bytes: Uint8Array, file: string, maxPages: number): Promise<void> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  let total: number;
  try {
    total = (await parser.getInfo()).total;
  } catch {
    return; // intake reports encrypted or corrupt PDFs with its own codes
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  if (total > maxPages) throw prescreenError('PRESCREEN_ERR_TOO_LARGE', `PDF has ${total} pages, more than the limit of ${maxPages}`, { file });
}

/**
 * Parses one stored document with the project's intake (`readInput`, as `buildCaseInput` does)
 * and writes the result next to the case. Runs inside the sandboxed child process in production.
 * The file name in errors is the uploaded name, never a server path.
 */
export async function parseDocument(data: ParseJobData, settings: ParseSettings): Promise<ParseJobResult> {
  const store = createCaseStore(settings.dataDir);
  const path = store.documentPath(data.sha256, data.name);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw prescreenError('PRESCREEN_ERR_FILE_NOT_FOUND', 'stored document is missing (retention passed?)', { file: data.name });
  }
  if (sha256(bytes) !== data.sha256) throw prescreenError('PRESCREEN_ERR_UNREADABLE', 'stored document does not match its hash', { file: data.name });
  if (hasPdfMagic(bytes)) await checkPageCount(bytes, data.name, settings.maxPdfPages);
  let input;
  try {
    input = await readInput(path, { id: `doc-${data.index + 1}`, maxBytes: settings.maxBytes });
  } catch (err) {
    // Intake names the file by its path: report the uploaded name instead.
    if (!isPrescreenError(err)) throw err;
    const prefix = `${err.code}: ${err.file}: `;
    const reason = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : 'intake failed';
    throw prescreenError(err.code, reason, { file: data.name });
  }
  return { index: data.index, sha256: await store.putParsed(data.caseJob, data.index, input) };
}
