import type { FastifyInstance } from 'fastify';

/**
 * Shared JSON schemas of the API, for the OpenAPI document and response serialisation. `result`
 * is the CaseResult (schema in src/core/case-result.ts), passed through as is.
 */
export function addSchemas(app: FastifyInstance): void {
  app.addSchema({ $id: 'CaseAccepted', type: 'object', properties: { id: { type: 'string' } }, required: ['id'] });
  app.addSchema({
    $id: 'CaseError', type: 'object',
    properties: { code: { type: 'string' }, file: { type: ['string', 'null'] }, reason: { type: 'string' } },
  });
  app.addSchema({
    $id: 'CaseStatus', type: 'object', required: ['id', 'status', 'progress'],
    properties: {
      id: { type: 'string' },
      status: { type: 'string', enum: ['queued', 'parsing', 'analysing', 'completed', 'failed'] },
      progress: { type: 'object', properties: { documents: { type: 'integer' }, parsed: { type: 'integer' } } },
      createdAt: { type: 'string' },
      result: {},
      error: { $ref: 'CaseError#' },
    },
  });
}
