import type {} from '@fastify/swagger'; // route schema fields: summary, description
import type { Redis } from 'ioredis';
import type { CaseStore } from '../runners/case-store.ts';
import type { FlowClient } from '../runners/submit-flow.ts';
import type { UploadLimits } from './read-upload.ts';
import type { CaseUpload } from './upload-fields.ts';
import type { Metrics } from './metrics.ts';

/** What the routes share: built once by `createApiServer`, passed to each route's register function. */
export interface ApiContext {
  store: CaseStore;
  flows: FlowClient;
  /** The producer connection (fail fast), also pinged by /readyz. */
  connection: Redis;
  limits: UploadLimits;
  checkUpload: (upload: CaseUpload) => void;
  metrics: Metrics;
}
