import { readFileSync } from 'node:fs';
import { createDocument } from '../core/document.ts';
import type { FactType } from '../core/fact.ts';
import type { Pipeline } from '../pipeline/create-pipeline.ts';
import { impossibleValue } from './sanity.ts';

export interface RobustnessReport {
  notes: number;
  errors: { id: string; error: string }[];
  impossible: { id: string; factId: string; problem: string }[];
  factCounts: Partial<Record<FactType, number>>;
  notesWithFacts: Partial<Record<FactType, number>>;
  seconds: number;
}

/**
 * Runs the pipeline over a JSONL file of real notes (`{note_id, transcription, ...}`, MTSamples
 * layout): no note may fail and no value may be impossible. Errors carry the note id and the error
 * code or class, never the note's text.
 */
export function runRobustness(pipeline: Pipeline, file: string, options: { filter?: (row: Record<string, unknown>) => boolean; onProgress?: (done: number, total: number) => void } = {}): RobustnessReport {
  const started = performance.now();
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((r) => !options.filter || options.filter(r));
  const report: RobustnessReport = { notes: rows.length, errors: [], impossible: [], factCounts: {}, notesWithFacts: {}, seconds: 0 };
  rows.forEach((row, i) => {
    const id = String(row.note_id ?? i + 1);
    const text = String(row.transcription ?? '');
    try {
      if (!text.trim()) return;
      const doc = createDocument({ id: 'doc-1', source: `note-${id}`, kind: 'text', pages: [{ text }] });
      const result = pipeline.run({ caseId: `note-${id}`, documents: [doc], requests: [] });
      const seen = new Set<FactType>();
      for (const f of result.facts) {
        report.factCounts[f.type] = (report.factCounts[f.type] ?? 0) + 1;
        seen.add(f.type);
        const problem = impossibleValue(f);
        if (problem) report.impossible.push({ id, factId: f.id, problem });
      }
      for (const t of seen) report.notesWithFacts[t] = (report.notesWithFacts[t] ?? 0) + 1;
    } catch (err) {
      const e = err as { code?: string; name?: string };
      report.errors.push({ id, error: e.code ?? e.name ?? 'Error' });
    }
    options.onProgress?.(i + 1, rows.length);
  });
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
