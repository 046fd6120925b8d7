import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CaseResult } from '../core/case-result.ts';
import { buildCaseInput } from '../intake/index.ts';
import type { Pipeline } from '../pipeline/create-pipeline.ts';
import { renderHtml } from '../report/html/render-html.ts';
import { summarizeAudit, type AuditSummary } from './aggregate.ts';
import { listCaseFiles } from './list-cases.ts';
import { writeAuditReport } from './write-audit.ts';

export interface AuditRunOptions {
  /** A corpus folder (with cases/) or a folder of case JSON files. */
  input: string;
  /** Where audit.html, the CSV files and cases/<id>.html go. */
  out: string;
  pipeline: Pipeline;
  /** Called after each case, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface AuditRun {
  summary: AuditSummary;
  failures: { file: string; message: string }[];
  files: string[];
}

/** Case file names become report file names; anything unusual is replaced so a case id cannot leave the folder. */
export const reportFileName = (caseId: string): string => `${caseId.replace(/[^A-Za-z0-9._-]/g, '_')}.html`;

/**
 * Screens every case of a folder in this process, writes each case's reviewer report to
 * `<out>/cases/`, then the audit page and its CSV files. A case that cannot be read is counted
 * and named (typed errors carry no record text), and the audit goes on without it.
 */
export async function runAudit(options: AuditRunOptions): Promise<AuditRun> {
  const files = await listCaseFiles(options.input);
  await mkdir(join(options.out, 'cases'), { recursive: true });
  const results: CaseResult[] = [];
  const failures: AuditRun['failures'] = [];
  for (const [i, file] of files.entries()) {
    try {
      const input = await buildCaseInput({ files: [file], requests: [] });
      const result = options.pipeline.run(input);
      results.push(result);
      await writeFile(join(options.out, 'cases', reportFileName(result.caseId)), await renderHtml(result, input.documents));
    } catch (err) {
      failures.push({ file: basename(file), message: (err as Error).message });
    }
    options.onProgress?.(i + 1, files.length);
  }
  const summary = summarizeAudit(results);
  const { definition } = options.pipeline;
  await writeAuditReport(summary, options.out, { input: basename(options.input), pipeline: `${definition.id} ${definition.version}`, failures: failures.length });
  return { summary, failures, files };
}
