import { readDataFile } from '../lexicon/read-data-file.ts';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { prescreenError } from '../core/errors.ts';
import { EXTRACTORS } from '../extract/registry.ts';
import { PROJECT_ROOT } from '../lexicon/load.ts';

export const DEFAULT_PIPELINE = join(PROJECT_ROOT, 'pipelines', 'default.pipeline.yaml');

export const PipelineDefinition = z.object({
  id: z.string(),
  version: z.string(),
  description: z.string().optional(),
  /** Lexicon folder, relative to the definition file. */
  lexicons: z.string(),
  /** Extractor ids, run in this order (see `src/extract/registry.ts`). */
  extractors: z.array(z.string()).min(1),
  /** Rule pack files, relative to the definition file. */
  rulePacks: z.array(z.string()),
});
export type PipelineDefinition = z.infer<typeof PipelineDefinition> & { file: string; lexiconDir: string; rulePackFiles: string[] };

/** Loads and checks a pipeline definition: schema, known extractors, files that exist. */
export function loadPipelineDefinition(file = DEFAULT_PIPELINE): PipelineDefinition {
  const data = readDataFile(file, PipelineDefinition, 'PRESCREEN_ERR_INVALID_PIPELINE');
  const unknown = data.extractors.filter((e) => !(e in EXTRACTORS));
  if (unknown.length) throw prescreenError('PRESCREEN_ERR_INVALID_PIPELINE', `unknown extractors: ${unknown.join(', ')}`, { file });
  const base = dirname(resolve(file));
  const at = (p: string) => (isAbsolute(p) ? p : join(base, p));
  return { ...data, file, lexiconDir: at(data.lexicons), rulePackFiles: data.rulePacks.map(at) };
}
