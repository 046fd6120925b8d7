import type { FastifyInstance } from 'fastify';
import { prescreenError } from '../../core/errors.ts';
import type { ApiContext } from '../api-context.ts';
import { readUpload } from '../read-upload.ts';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/u;

/**
 * `POST /v1/cases`: stores the documents (content-addressed), adds the case flow and answers
 * `{id}` at once (202; 200 when the submission collapsed onto an existing case). The same
 * content, or the same `Idempotency-Key`, returns the same case.
 */
export function registerSubmitCase(app: FastifyInstance, ctx: ApiContext): void {
  app.post('/v1/cases', {
    schema: {
      summary: 'Submit a case',
      description: 'multipart/form-data: one or more `documents` files (PDF, .txt, .md, case JSON) and `requests`, a JSON array of '
        + 'requested treatments as written on the RFA; or application/json `{documents: [{name, text}], requests, caseId?}`.',
      headers: { type: 'object', properties: { 'idempotency-key': { type: 'string' } } },
      response: { 200: { $ref: 'CaseAccepted#' }, 202: { $ref: 'CaseAccepted#' } },
    },
  }, async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
      throw prescreenError('PRESCREEN_ERR_INVALID_UPLOAD', 'Idempotency-Key: 1 to 200 visible ASCII characters');
    }
    const upload = await readUpload(request, ctx.limits);
    ctx.checkUpload(upload);
    const documents = await Promise.all(upload.documents.map(async (d) => ({
      name: d.name, sha256: await ctx.store.putDocument(d.name, d.bytes), bytes: d.bytes.length,
    })));
    const { id, created } = await ctx.flows.submit({ documents, requests: upload.requests, caseId: upload.caseId, idempotencyKey: key });
    request.log.info({ caseJob: id, documents: documents.length, requests: upload.requests.length, created }, 'case submitted');
    return reply.status(created ? 202 : 200).header('location', `/v1/cases/${id}`).send({ id });
  });
}
