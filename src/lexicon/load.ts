import { readDataFile } from './read-data-file.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { prescreenError } from '../core/errors.ts';

/** The project root, so default packs are found wherever the CLI is run from. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_LEXICON_DIR = join(PROJECT_ROOT, 'pipelines', 'lexicons');

export interface Lexicon<E> {
  name: string;
  version: number;
  entries: E[];
  file: string;
}

const cache = new Map<string, Lexicon<unknown>>();

/**
 * Loads `pipelines/lexicons/<name>.yaml` (or from `dir`) and validates it with zod. Invalid data
 * is a typed error naming the file and the first problems. Loaded lexicons are cached by path.
 */
export function loadLexicon<S extends z.ZodType>(name: string, entry: S, dir = DEFAULT_LEXICON_DIR): Lexicon<z.infer<S>> {
  const file = join(dir, `${name}.yaml`);
  const hit = cache.get(file);
  if (hit) return hit as Lexicon<z.infer<S>>;
  const schema = z.object({ lexicon: z.literal(name), version: z.number().int(), entries: z.array(entry).min(1) });
  const data = readDataFile(file, schema, 'PRESCREEN_ERR_INVALID_LEXICON');
  const ids = new Set<string>();
  for (const e of data.entries as { id: string }[]) {
    if (ids.has(e.id)) throw prescreenError('PRESCREEN_ERR_INVALID_LEXICON', `duplicate entry id ${e.id}`, { file });
    ids.add(e.id);
  }
  const lexicon = { name, version: data.version, entries: data.entries as z.infer<S>[], file };
  cache.set(file, lexicon);
  return lexicon;
}
