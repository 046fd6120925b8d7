import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
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
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw prescreenError('PRESCREEN_ERR_INVALID_LEXICON', `cannot read or parse: ${(cause as Error).message}`, { file, cause });
  }
  const schema = z.object({ lexicon: z.literal(name), version: z.number().int(), entries: z.array(entry).min(1) });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw prescreenError('PRESCREEN_ERR_INVALID_LEXICON', issues, { file });
  }
  const ids = new Set<string>();
  for (const e of parsed.data.entries as { id: string }[]) {
    if (ids.has(e.id)) throw prescreenError('PRESCREEN_ERR_INVALID_LEXICON', `duplicate entry id ${e.id}`, { file });
    ids.add(e.id);
  }
  const lexicon = { name, version: parsed.data.version, entries: parsed.data.entries as z.infer<S>[], file };
  cache.set(file, lexicon);
  return lexicon;
}
