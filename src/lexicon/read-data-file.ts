import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { prescreenError, type ErrorCode } from '../core/errors.ts';

/** "criteria.2.predicate.max: Too big; ..." for the first `max` zod issues. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], max = 8): string {
  return issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * Reads a YAML (or JSON) data file of `pipelines/` and validates it: unreadable, unparsable or
 * invalid data is a typed error with the given code, naming the file and the paths of the problems.
 * Lexicons, rule packs, calibrations and pipeline definitions all load through here.
 */
export function readDataFile<S extends z.ZodType>(file: string, schema: S, code: ErrorCode, label = ''): z.infer<S> {
  const prefix = label ? `${label}: ` : '';
  let raw: unknown;
  try {
    // A JSON file (a learned model's weights) is read as JSON: the YAML parser takes minutes on megabytes.
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (cause) {
    throw prescreenError(code, `${prefix}cannot read or parse: ${(cause as Error).message}`, { file, cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw prescreenError(code, `${prefix}${formatIssues(parsed.error.issues)}`, { file });
  return parsed.data;
}
