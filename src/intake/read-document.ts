import type { CaseInput } from '../core/case-input.ts';
import type { SourceDocument } from '../core/document.ts';
import { parseCaseJson } from './case-json.ts';
import { detectKind } from './detect.ts';
import { type ReadOptions, readFileBytes } from './file-bytes.ts';
import { createPdfDocument } from './pdf.ts';
import { createTextDocument, decodeText } from './plain-text.ts';

/** What one input file contributes to a case: a document, plus the case fields of a case JSON. */
export type ReadInput = { kind: 'document'; document: SourceDocument } | { kind: 'case-json'; case: CaseInput };

/** Reads one file, detecting its kind from name and content; the shared path of both readers below. */
export async function readInput(file: string, options: ReadOptions = {}): Promise<ReadInput> {
  const bytes = await readFileBytes(file, options.maxBytes);
  const kind = detectKind(file, bytes);
  if (kind === 'case-json') return { kind: 'case-json', case: parseCaseJson(bytes, file, options.id) };
  const document = kind === 'pdf' ? await createPdfDocument(bytes, file, options.id, { ocr: options.ocr }) : createTextDocument(decodeText(bytes, file), file, kind, options.id);
  return { kind: 'document', document };
}

/**
 * Reads one input file into a source document: plain text, Markdown (kept as is), a text-layer
 * PDF (one page per PDF page) or a case JSON (its summary document; `readCaseJson` also gives its
 * requests). Failures are `PrescreenError`s naming the file.
 */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const input = await readInput(file, options);
  return input.kind === 'document' ? input.document : input.case.documents[0];
}
