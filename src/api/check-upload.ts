import { prescreenError } from '../core/errors.ts';
import { parseCaseJson } from '../intake/case-json.ts';
import { detectKind } from '../intake/detect.ts';
import { decodeText } from '../intake/plain-text.ts';
import { createRequestParser } from '../extract/requests.ts';
import type { CaseUpload } from './upload-fields.ts';

/**
 * The checks that are cheap enough to answer at once, so the sender learns about a bad upload
 * in the response instead of from a failed case: empty files, a `.pdf` that is not a PDF, known
 * binary formats, binary junk named `.txt`, invalid case JSON, and requested treatments that
 * name no modality the pipeline knows. PDF content is parsed later, in the sandboxed worker.
 */
export function createUploadChecker(options: { lexiconDir?: string } = {}) {
  const parseRequest = createRequestParser({ lexiconDir: options.lexiconDir });
  return function checkUpload(upload: CaseUpload): void {
    for (const doc of upload.documents) {
      if (doc.bytes.length === 0) throw prescreenError('PRESCREEN_ERR_EMPTY_INPUT', 'file is empty', { file: doc.name });
      const kind = detectKind(doc.name, doc.bytes);
      if (kind === 'text' || kind === 'markdown') decodeText(doc.bytes, doc.name);
      if (kind === 'case-json') parseCaseJson(doc.bytes, doc.name);
    }
    upload.requests.forEach((text, i) => {
      if (parseRequest(text, i + 1, []).ruleIds.includes('request.modality.unknown')) {
        throw prescreenError('PRESCREEN_ERR_INVALID_REQUEST', `requests[${i}] names no treatment modality the pipeline knows`);
      }
    });
  };
}
