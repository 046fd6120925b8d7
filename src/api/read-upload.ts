import type {} from '@fastify/multipart'; // request.parts() / isMultipart() types
import type { FastifyRequest } from 'fastify';
import { prescreenError } from '../core/errors.ts';
import { CaseIdField, type CaseUpload, checkFileName, describeIssues, JsonCaseBody, parseRequestsField, type UploadedDocument } from './upload-fields.ts';

/** Content types a document part may declare; the bytes are checked again by intake. */
const DOCUMENT_TYPES = new Set(['application/pdf', 'text/plain', 'text/markdown', 'text/x-markdown', 'application/json', 'application/octet-stream']);

export interface UploadLimits { maxFileBytes: number; maxRequestBytes: number; maxFiles: number }

/**
 * Reads a multipart upload: `documents` file parts (repeatable) and the `requests` and optional
 * `caseId` fields. Each file is bounded by @fastify/multipart's `fileSize`; the running total
 * by `maxRequestBytes`, checked while reading, so an oversized upload is cut off early.
 */
async function readMultipart(request: FastifyRequest, limits: UploadLimits): Promise<CaseUpload> {
  const documents: UploadedDocument[] = [];
  let requests: string[] = [];
  let caseId: string | undefined;
  let total = 0;
  for await (const part of request.parts({ limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 10, fieldSize: 1024 * 1024 } })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'documents') throw prescreenError('PRESCREEN_ERR_INVALID_UPLOAD', `unexpected file field "${part.fieldname.slice(0, 40)}"; use "documents"`);
      const name = checkFileName(part.filename);
      const type = part.mimetype.split(';')[0].trim().toLowerCase();
      if (!DOCUMENT_TYPES.has(type)) throw prescreenError('PRESCREEN_ERR_UNSUPPORTED_TYPE', `content type ${type.slice(0, 60)} is not a PDF, text, Markdown or case JSON`, { file: name });
      const bytes = await part.toBuffer();
      total += bytes.length;
      if (total > limits.maxRequestBytes) throw prescreenError('PRESCREEN_ERR_TOO_LARGE', `upload is larger than the limit of ${limits.maxRequestBytes} bytes`);
      documents.push({ name, bytes });
    } else if (part.fieldname === 'requests') {
      requests = parseRequestsField(String(part.value));
    } else if (part.fieldname === 'caseId') {
      const parsed = CaseIdField.safeParse(part.value);
      if (!parsed.success) throw prescreenError('PRESCREEN_ERR_INVALID_UPLOAD', `caseId: ${describeIssues(parsed.error)}`);
      caseId = parsed.data;
    }
  }
  return { documents, requests, caseId };
}

/** Reads a JSON upload (documents as text). The body size is bounded by fastify's `bodyLimit`. */
function readJson(body: unknown): CaseUpload {
  const parsed = JsonCaseBody.safeParse(body);
  if (!parsed.success) throw prescreenError('PRESCREEN_ERR_INVALID_UPLOAD', describeIssues(parsed.error));
  const documents = parsed.data.documents.map((d) => ({ name: checkFileName(d.name), bytes: Buffer.from(d.text, 'utf8') }));
  return { documents, requests: parsed.data.requests, caseId: parsed.data.caseId };
}

/** Reads a case upload in either form; at least one document is required. */
export async function readUpload(request: FastifyRequest, limits: UploadLimits): Promise<CaseUpload> {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!request.isMultipart() && type !== 'application/json') {
    throw prescreenError('PRESCREEN_ERR_UNSUPPORTED_TYPE', 'send multipart/form-data or application/json');
  }
  const upload = request.isMultipart() ? await readMultipart(request, limits) : readJson(request.body);
  if (upload.documents.length === 0) throw prescreenError('PRESCREEN_ERR_INVALID_UPLOAD', 'no documents: send one or more "documents" files');
  const tooBig = upload.documents.find((d) => d.bytes.length > limits.maxFileBytes);
  if (tooBig) throw prescreenError('PRESCREEN_ERR_TOO_LARGE', `file is larger than the limit of ${limits.maxFileBytes} bytes`, { file: tooBig.name });
  return upload;
}
