import type { CaseResult } from '../core/case-result.ts';
import { renderMarkdown } from '../report/markdown.ts';

export type OutputFormat = 'md' | 'json';

/** The printed form of a result, shared by `screen` and `submit` so both print the same. */
export function formatResult(result: CaseResult, format: OutputFormat): string {
  return format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderMarkdown(result);
}
