import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { prescreenError } from '../core/errors.ts';

/**
 * The case JSON files an audit reads: `<dir>/cases/*.json` for a corpus folder (the layout of
 * spec/evaluation.md), else `<dir>/*.json`; sorted, so runs are reproducible.
 */
export async function listCaseFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw prescreenError('PRESCREEN_ERR_FILE_NOT_FOUND', 'audit input is not a folder', { file: dir });
  const sub = join(dir, 'cases');
  const base = (await stat(sub).catch(() => null))?.isDirectory() ? sub : dir;
  return (await readdir(base)).filter((f) => f.endsWith('.json')).sort().map((f) => join(base, f));
}
