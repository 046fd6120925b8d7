import { basename, extname } from 'node:path';
import type { CaseInput } from '../core/case-input.ts';
import type { CaseSpec } from '../core/case-spec.ts';
import type { SourceDocument } from '../core/document.ts';
import { readInput } from './read-document.ts';

/**
 * Reads every file of a case spec, in order, into one case. Documents get ids `doc-1`, `doc-2`...
 * in file order; a case JSON contributes its summary document and its requested treatments, and
 * `spec.requests` follow. The case id is `spec.caseId`, else the first case JSON's case_number,
 * else the first file's base name without its extension.
 */
export async function buildCaseInput(spec: CaseSpec): Promise<CaseInput> {
  const documents: SourceDocument[] = [];
  const requests: string[] = [];
  let jsonCaseId: string | undefined;
  // Sequential on purpose: PDF parsing is CPU-bound, and errors then name the first bad file.
  for (const file of spec.files) {
    const input = await readInput(file, { id: `doc-${documents.length + 1}` });
    if (input.kind === 'document') {
      documents.push(input.document);
    } else {
      documents.push(...input.case.documents);
      requests.push(...input.case.requests);
      jsonCaseId ??= input.case.caseId;
    }
  }
  requests.push(...(spec.requests ?? []));
  const first = basename(spec.files[0]);
  const caseId = spec.caseId ?? jsonCaseId ?? first.slice(0, first.length - extname(first).length);
  return { caseId: caseId || first, documents, requests };
}
