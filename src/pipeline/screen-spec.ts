import type { CaseResult } from '../core/case-result.ts';
import type { CaseSpec } from '../core/case-spec.ts';
import { buildCaseInput } from '../intake/index.ts';
import type { Pipeline } from './create-pipeline.ts';

/**
 * Intake then pipeline, for a case given by reference. The in-process runner and the BullMQ worker
 * both call exactly this.
 */
export async function screenSpec(pipeline: Pipeline, spec: CaseSpec): Promise<CaseResult> {
  const input = await buildCaseInput(spec);
  return pipeline.run(input);
}
