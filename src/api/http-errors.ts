import type { FastifyError, FastifyInstance } from 'fastify';
import { type ErrorCode, isPrescreenError } from '../core/errors.ts';
import type { Logger } from '../log/logger.ts';

/** HTTP status of each typed error the API can return; unlisted codes are 400. */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  PRESCREEN_ERR_UNAUTHORIZED: 401,
  PRESCREEN_ERR_FORBIDDEN: 403,
  PRESCREEN_ERR_CASE_NOT_FOUND: 404,
  PRESCREEN_ERR_TOO_LARGE: 413,
  PRESCREEN_ERR_UNSUPPORTED_TYPE: 415,
  PRESCREEN_ERR_NOT_A_PDF: 415,
  PRESCREEN_ERR_EMPTY_INPUT: 422,
  PRESCREEN_ERR_INVALID_REQUEST: 422,
  PRESCREEN_ERR_ENCRYPTED_PDF: 422,
  PRESCREEN_ERR_UNREADABLE: 422,
  PRESCREEN_ERR_QUEUE_UNAVAILABLE: 503,
  PRESCREEN_ERR_JOB_FAILED: 422,
};

/** fastify's and @fastify/multipart's own errors, mapped onto the registry's codes. */
function fromFastifyError(err: FastifyError): { status: number; code: ErrorCode; message: string } | null {
  const status = err.statusCode ?? 500;
  if (status === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_FILES_LIMIT' || err.code === 'FST_PARTS_LIMIT') {
    return { status: 413, code: 'PRESCREEN_ERR_TOO_LARGE', message: 'upload exceeds a size or count limit' };
  }
  if (status === 415 || err.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return { status: 415, code: 'PRESCREEN_ERR_UNSUPPORTED_TYPE', message: 'send multipart/form-data or application/json' };
  }
  // Parser messages can quote the body; only the fact that it is malformed is reported.
  if (status === 400) return { status: 400, code: 'PRESCREEN_ERR_INVALID_UPLOAD', message: err.validation ? 'request does not match the schema' : 'malformed request body' };
  return null;
}

/**
 * One error shape for every route: `{error: {code, message, file}}` with the mapped status.
 * Typed errors never hold record text; anything unexpected is logged by class and answered 500.
 */
export function installErrorHandler(app: FastifyInstance, log: Logger): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (isPrescreenError(err)) {
      return reply.status(HTTP_STATUS[err.code] ?? 400).send({ error: { code: err.code, message: err.message, file: err.file } });
    }
    const mapped = fromFastifyError(err);
    if (mapped) return reply.status(mapped.status).send({ error: { code: mapped.code, message: `${mapped.code}: ${mapped.message}`, file: null } });
    log.error({ reqId: request.id, errorName: err.name, code: err.code }, 'unexpected API error');
    return reply.status(500).send({ error: { code: 'PRESCREEN_ERR_INTERNAL', message: 'internal error (see the server log)', file: null } });
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ error: { code: 'PRESCREEN_ERR_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}`, file: null } }));
}
