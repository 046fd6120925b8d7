import { readFileSync } from 'node:fs';
import { configureLogging, createLogger } from '/work/main/src/log/logger.ts';
import { createPipeline } from '/work/main/src/pipeline/create-pipeline.ts';
import { createCaseStore } from '/work/main/src/runners/case-store.ts';
import { createFlowWorkers } from '/work/main/src/runners/create-flow-workers.ts';
import { createFlowClient } from '/work/main/src/runners/submit-flow.ts';
import { getCaseStatus } from '/work/main/src/runners/case-status.ts';
import { createRedisConnection } from '/work/main/src/runners/redis-connection.ts';
configureLogging({ level: 'warn' });
const log = createLogger('smoke');
const prefix = '{smoke' + Date.now() + '}';
const store = createCaseStore('/tmp/ps/data');
const pipeline = createPipeline();
const w = createFlowWorkers({ redisUrl: 'redis://127.0.0.1:6379', prefix, store, pipeline, parse: { dataDir: '/tmp/ps/data', maxBytes: 1e8, maxPdfPages: 5000 },
  concurrency: 2, parseConcurrency: 2, rateLimit: 0, sandbox: process.argv[2] !== 'inline', log });
const conn = createRedisConnection('redis://127.0.0.1:6379', 'producer');
const client = createFlowClient({ connection: conn, prefix, store, pipeline: 'x@1' });
const bytes = readFileSync('test/fixtures/queue/chiro-progress-note.txt');
const pdf = readFileSync('/work/shared/corpora/dwc-imr/pdf/CM16-0213037.pdf');
const h1 = await store.putDocument('note.txt', bytes);
const h2 = await store.putDocument('letter.pdf', pdf);
const t0 = Date.now();
const { id } = await client.submit({ documents: [{ name: 'note.txt', sha256: h1, bytes: bytes.length }, { name: 'letter.pdf', sha256: h2, bytes: pdf.length }], requests: ['4 chiropractic visits'] });
for (;;) {
  const s = await getCaseStatus(client, store, id);
  if (s!.status === 'completed' || s!.status === 'failed') { console.log(s!.status, s!.error, Date.now() - t0, 'ms', JSON.stringify(s!.result).length); break; }
  await new Promise((r) => setTimeout(r, 100));
}
await w.close(5000); await client.close(); await conn.quit();
