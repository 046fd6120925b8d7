import type { Command } from 'commander';
import { createApiServer } from '../../api/create-server.ts';
import { loadEnv } from '../../config/env.ts';
import { configureLogging, createLogger } from '../../log/logger.ts';
import { loadPipelineDefinition } from '../../pipeline/definition.ts';

/**
 * `prescreen serve`: the HTTP intake API (PORT, HOST, PRESCREEN_API_TOKENS, ...; see
 * `prescreen config`). Cases are screened by `prescreen worker` processes on the same Redis and
 * data directory. SIGTERM stops accepting requests and closes once in-flight ones are answered.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP API (POST /v1/cases, GET /v1/cases/:id, /docs, /metrics, /admin/queues)')
    .action(async () => {
      const env = loadEnv();
      configureLogging({ level: env.logLevel });
      const log = createLogger('api');
      const definition = loadPipelineDefinition(env.pipelineFile);
      const server = await createApiServer({ env, pipeline: `${definition.id}@${definition.version}`, lexiconDir: definition.lexiconDir, log });
      const address = await server.app.listen({ port: env.port, host: env.host });
      log.info({ address }, 'API listening');
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) process.exit(130);
        stopping = true;
        log.info({ signal }, 'shutting down');
        server.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
