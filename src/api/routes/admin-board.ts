import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';

export const BOARD_PATH = '/admin/queues';

/**
 * The Bull Board dashboard at /admin/queues, read-only. Registered inside the authenticated
 * scope: it shows job data and failure reasons (ids and hashes only, but still internal).
 */
export async function registerAdminBoard(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(ctx.flows.caseQueue, { readOnlyMode: true }), new BullMQAdapter(ctx.flows.parseQueue, { readOnlyMode: true })],
    serverAdapter,
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: BOARD_PATH });
}
