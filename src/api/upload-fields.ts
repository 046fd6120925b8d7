import { z } from 'zod';
import { prescreenError } from '../core/errors.ts';

/** A document of a case upload, before it is stored. */
export interface UploadedDocument { name: string; bytes: Buffer }
/** A parsed `POST /v1/cases` body, multipart or JSON alike. */
export interface CaseUpload { documents: UploadedDocument[]; requests: string[]; caseId?: string }

export const Requests = z.array(z.string().trim().min(1)).max(50);
export const CaseIdField = z.string().trim().min(1).max(200).regex(/^[\w.-]+$/u, 'letters, digits, ".", "_" or "-" only');

/** JSON form of the upload: documents as text. Validated with zod, so types are checked. */
export const JsonCaseBody = z.object({
  caseId: CaseIdField.optional(),
  requests: Requests.default([]),
  documents: z.array(z.object({ name: z.string(), text: z.string() })).min(1),
});

/** Describes zod issues by path and message only: zod's messages name types, not the values given. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
}

/**
 * A file name as uploaded becomes the document's `source` and a file name on disk, so it must be
 * a plain name: no directories (`../`, `/`, `\`), no hidden files, no control characters. A bad
 * name is refused rather than cleaned up, so the result never names a file the sender did not send.
 */
export function checkFileName(raw: string | undefined): string {
  const name = (raw ?? '').normalize('NFC');
  const bad = name.length === 0 || name.length > 200 || /[/\\\u0000-\u001f\u007f]/u.test(name) || name.startsWith('.') || name.trim() !== name;
  if (bad) throw prescreenError('PRESCREEN_ERR_INVALID_UPLOAD', 'a document file name is empty, hidden, too long or holds a path; send a plain file name');
  return name;
}

/** The `requests` multipart field: a JSON array of the treatments as written on the RFA. */
export function parseRequestsField(value: string): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    throw prescreenError('PRESCREEN_ERR_INVALID_UPLOAD', 'requests: must be a JSON array of strings');
  }
  const parsed = Requests.safeParse(raw);
  if (!parsed.success) throw prescreenError('PRESCREEN_ERR_INVALID_UPLOAD', `requests: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
