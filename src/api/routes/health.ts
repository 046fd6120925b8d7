import type { FastifyInstance } from 'fastify';
import { assertNoEviction } from '../../runners/redis-policy.ts';
import type { ApiContext } from '../api-context.ts';

/**
 * `/healthz`: the process answers (liveness). `/readyz`: Redis answers within a second and keeps
 * `noeviction` (readiness; a load balancer stops sending cases while it is 503).
 */
export function registerHealth(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/healthz', { schema: { summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { summary: 'Readiness: Redis reachable' } }, async (_request, reply) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        (async () => { await ctx.connection.ping(); await assertNoEviction(ctx.connection); })(),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), 1_000); }),
      ]);
      return { status: 'ready', redis: 'ok' };
    } catch (err) {
      return reply.status(503).send({ status: 'not ready', redis: (err as Error).message.slice(0, 200) });
    } finally {
      clearTimeout(timer);
    }
  });
}
