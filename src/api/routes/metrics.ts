import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';

/** `GET /metrics`: Prometheus text format (behind the bearer token, like everything but health and docs). */
export function registerMetrics(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/metrics', { schema: { summary: 'Prometheus metrics' } }, async (_request, reply) => {
    const body = await ctx.metrics.registry.metrics();
    return reply.type(ctx.metrics.registry.contentType).send(body);
  });
}
