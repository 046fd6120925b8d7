import { prescreenError } from '../core/errors.ts';
import { parseCaseJson } from '../intake/case-json.ts';
import { detectKind } from '../intake/detect.ts';
import { decodeText } from '../intake/plain-text.ts';
import { createRequestParser } from '../extract/requests.ts';
import type { CaseUpload } from './upload-fields.ts';

/** Refuses text with a line longer than the limit (a 5 MB line is an export gone wrong, not a note). */
function checkLines(text: string, file: string, max: number): void {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > max) throw prescreenError('PRESCREEN_ERR_TOO_LARGE', `a line has ${end - start} characters, more than the limit of ${max}`, { file });
    start = end + 1;
  }
}

/**
 * The checks that are cheap enough to answer at once, so the sender learns about a bad upload
 * in the response instead of from a failed case: empty files, a `.pdf` that is not a PDF, known
 * binary formats, binary junk named `.txt`, invalid case JSON, and requested treatments that
 * name no modality the pipeline knows. PDF content is parsed later, in the sandboxed worker.
 */
export function createUploadChecker(options: { lexiconDir?: string; maxLineChars: number }) {
  const parseRequest = createRequestParser({ lexiconDir: options.lexiconDir });
  return function checkUpload(upload: CaseUpload): void {
    for (const doc of upload.documents) {
      if (doc.bytes.length === 0) throw prescreenError('PRESCREEN_ERR_EMPTY_INPUT', 'file is empty', { file: doc.name });
      const kind = detectKind(doc.name, doc.bytes);
      if (kind === 'text' || kind === 'markdown') checkLines(decodeText(doc.bytes, doc.name), doc.name, options.maxLineChars);
      if (kind === 'case-json') parseCaseJson(doc.bytes, doc.name);
    }
    upload.requests.forEach((text, i) => {
      if (parseRequest(text, i + 1, []).ruleIds.includes('request.modality.unknown')) {
        throw prescreenError('PRESCREEN_ERR_INVALID_REQUEST', `requests[${i}] names no treatment modality the pipeline knows`);
      }
    });
  };
}
