import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
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
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw prescreenError('PRESCREEN_ERR_INVALID_PIPELINE', `cannot read or parse: ${(cause as Error).message}`, { file, cause });
  }
  const parsed = PipelineDefinition.safeParse(raw);
  if (!parsed.success) {
    throw prescreenError('PRESCREEN_ERR_INVALID_PIPELINE', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), { file });
  }
  const unknown = parsed.data.extractors.filter((e) => !(e in EXTRACTORS));
  if (unknown.length) throw prescreenError('PRESCREEN_ERR_INVALID_PIPELINE', `unknown extractors: ${unknown.join(', ')}`, { file });
  const base = dirname(resolve(file));
  const at = (p: string) => (isAbsolute(p) ? p : join(base, p));
  return { ...parsed.data, file, lexiconDir: at(parsed.data.lexicons), rulePackFiles: parsed.data.rulePacks.map(at) };
}
