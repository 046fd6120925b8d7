import type { FastifyInstance } from 'fastify';
import { prescreenError } from '../../core/errors.ts';
import { CaseResult } from '../../core/case-result.ts';
import { formatResult } from '../../cli/format-result.ts';
import type { ApiContext } from '../api-context.ts';
import { requireCase } from './get-case.ts';

const TYPES = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' } as const;

/**
 * `GET /v1/cases/:id/report`: the reviewer's report, Markdown by default, HTML with
 * `?format=html` or `Accept: text/html`. 409 while the case is still running; a failed case
 * answers with its typed error.
 */
export function registerGetReport(app: FastifyInstance, ctx: ApiContext): void {
  app.get<{ Params: { id: string }; Querystring: { format?: 'md' | 'html' } }>('/v1/cases/:id/report', {
    schema: {
      summary: 'Report of a completed case (Markdown or HTML)',
      params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      querystring: { type: 'object', properties: { format: { type: 'string', enum: ['md', 'html'] } } },
    },
  }, async (request, reply) => {
    const status = await requireCase(ctx, request.params.id);
    if (status.status === 'failed') {
      throw prescreenError('PRESCREEN_ERR_JOB_FAILED', `case failed: ${status.error?.code ?? 'unknown'}`, { file: status.error?.file ?? null });
    }
    if (status.status !== 'completed') return reply.status(409).send({ id: status.id, status: status.status, progress: status.progress });
    const format = request.query.format ?? (request.headers.accept?.includes('text/html') ? 'html' : 'md');
    const body = await formatResult(CaseResult.parse(status.result), format);
    return reply.type(TYPES[format]).send(body);
  });
}
