import type { CaseResult } from '../core/case-result.ts';
import type { CaseSpec } from '../core/case-spec.ts';
import { createPipeline } from '../pipeline/create-pipeline.ts';
import { loadPipelineDefinition } from '../pipeline/definition.ts';
import { screenSpec } from '../pipeline/screen-spec.ts';

/**
 * Screens cases in this process, no Redis needed. Built once (lexicons, rule packs), then each
 * `screen` is intake plus the pure pipeline, the same calls the BullMQ worker makes.
 */
export function createInProcessRunner(options: { pipelineFile?: string } = {}) {
  const pipeline = createPipeline(loadPipelineDefinition(options.pipelineFile));
  return {
    pipeline,
    screen(spec: CaseSpec): Promise<CaseResult> {
      return screenSpec(pipeline, spec);
    },
  };
}
