import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Redis } from 'ioredis';
import type { Env } from '../config/env.ts';
import { prescreenError } from '../core/errors.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { createCaseStore } from '../runners/case-store.ts';
import { createRedisConnection, ensureRedisReady } from '../runners/redis-connection.ts';
import { assertNoEviction } from '../runners/redis-policy.ts';
import { createFlowClient } from '../runners/submit-flow.ts';
import type { ApiContext } from './api-context.ts';
import { createAuthHook } from './auth.ts';
import { createUploadChecker } from './check-upload.ts';
import { installErrorHandler } from './http-errors.ts';
import { createMetrics } from './metrics.ts';
import { registerAdminBoard } from './routes/admin-board.ts';
import { registerGetCase } from './routes/get-case.ts';
import { registerGetReport } from './routes/get-report.ts';
import { registerHealth } from './routes/health.ts';
import { registerMetrics } from './routes/metrics.ts';
import { registerSubmitCase } from './routes/submit-case.ts';
import { addSchemas } from './schemas.ts';

export interface ApiServerOptions {
  env: Env;
  /** `id@version` of the pipeline the workers run (part of every case id). */
  pipeline: string;
  lexiconDir?: string;
  log?: Logger;
}

export interface ApiServer { app: FastifyInstance; context: ApiContext; close(): Promise<void> }

/** Connects to Redis and refuses to go on without it, or with an evicting Redis. */
async function connect(env: Env): Promise<Redis> {
  const connection = createRedisConnection(env.redisUrl, 'producer');
  try {
    await ensureRedisReady(connection, env.redisUrl);
    await assertNoEviction(connection);
    return connection;
  } catch (err) {
    connection.disconnect();
    throw err;
  }
}

/**
 * Builds the HTTP API (not yet listening): health and OpenAPI docs are public; cases, metrics
 * and the queue dashboard need a bearer token from PRESCREEN_API_TOKENS.
 */
export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { env } = options;
  if (env.apiTokens.length === 0) throw prescreenError('PRESCREEN_ERR_INVALID_CONFIG', 'PRESCREEN_API_TOKENS: set at least one bearer token');
  const log = options.log ?? createLogger('api');
  const connection = await connect(env);
  const store = createCaseStore(env.dataDir);
  const flows = createFlowClient({ connection, prefix: env.queuePrefix, store, pipeline: options.pipeline });
  const metrics = await createMetrics({ flows, redisUrl: env.redisUrl, prefix: env.queuePrefix });
  const context: ApiContext = {
    store, flows, connection, metrics,
    limits: { maxFileBytes: env.maxFileBytes, maxRequestBytes: env.maxRequestBytes, maxFiles: env.maxFiles },
    checkUpload: createUploadChecker({ lexiconDir: options.lexiconDir, maxLineChars: env.maxLineChars }),
  };

  // Request logging off: URLs carry ids only, but one line per poll drowns the useful ones.
  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, logController: new LogController({ disableRequestLogging: true }), bodyLimit: env.maxRequestBytes }) as unknown as FastifyInstance;
  installErrorHandler(app, log);
  addSchemas(app);
  // preservePath: see the name as sent, so a path in it is refused instead of silently cut off.
  await app.register(multipart, { preservePath: true, limits: { fileSize: env.maxFileBytes, files: env.maxFiles } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'prescreen intake API', version: '1' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerHealth(app, context);
  await app.register(async (secured) => {
    secured.addHook('onRequest', createAuthHook(env.apiTokens));
    registerSubmitCase(secured, context);
    registerGetCase(secured, context);
    registerGetReport(secured, context);
    registerMetrics(secured, context);
    await registerAdminBoard(secured, context);
  });

  async function close(): Promise<void> {
    await app.close();
    await metrics.close();
    await flows.close();
    await connection.quit().catch(() => connection.disconnect());
  }
  return { app, context, close };
}
