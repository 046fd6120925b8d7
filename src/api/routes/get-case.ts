import type { FastifyInstance } from 'fastify';
import { prescreenError } from '../../core/errors.ts';
import { getCaseStatus } from '../../runners/case-status.ts';
import type { ApiContext } from '../api-context.ts';

/** Case ids are job ids this service made: a letter and 40 hex digits. Anything else is not a case. */
export const CASE_ID = /^[ck][0-9a-f]{40}$/u;

/** Reads a case's status or throws PRESCREEN_ERR_CASE_NOT_FOUND. */
export async function requireCase(ctx: ApiContext, id: string) {
  const status = CASE_ID.test(id) ? await getCaseStatus(ctx.flows, ctx.store, id) : null;
  if (!status) throw prescreenError('PRESCREEN_ERR_CASE_NOT_FOUND', 'no case with this id (or its retention period has passed)');
  return status;
}

/** `GET /v1/cases/:id`: status, progress (documents parsed) and, once completed, the result JSON. */
export function registerGetCase(app: FastifyInstance, ctx: ApiContext): void {
  app.get<{ Params: { id: string } }>('/v1/cases/:id', {
    schema: {
      summary: 'Status, progress and result of a case',
      params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      response: { 200: { $ref: 'CaseStatus#' } },
    },
  }, async (request) => requireCase(ctx, request.params.id));
}
