import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { prescreenError } from '../core/errors.ts';
import type { ContextEngine } from '../text/context.ts';
import { locateConcept } from './negation-locate.ts';

/** One input row of the negation evaluation (the NegEx test-kit layout). */
export const NegationRow = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  concept: z.string(),
  sentence: z.string(),
  negation: z.enum(['Affirmed', 'Negated']).optional(),
});
export type NegationRow = z.infer<typeof NegationRow>;
export type NegationLabel = 'Affirmed' | 'Negated';

/**
 * Categories that count as "Negated" in this evaluation. `documentation_gap` stays its own
 * category in the engine (the extractors need to tell "no fracture" from "no documentation of
 * benefit"), but in the NegEx annotation scheme "no evidence of X" denies X, so both count here.
 */
export const NEGATING_CATEGORIES: ReadonlySet<string> = new Set(['negated', 'documentation_gap']);

/** Decides one row with the pipeline's own context engine: triggers of the sentence, then the concept's modifiers. */
export function decideNegation(engine: ContextEngine, row: Pick<NegationRow, 'concept' | 'sentence'>): NegationLabel {
  const span = locateConcept(row.sentence, row.concept);
  // An absent concept cannot be negated by the sentence; "Affirmed" is the test kit's default class.
  if (!span) return 'Affirmed';
  const decisions = engine.modifiers(row.sentence, engine.triggersIn(row.sentence), span.start, span.end);
  return decisions.some((d) => NEGATING_CATEGORIES.has(d.category)) ? 'Negated' : 'Affirmed';
}

export interface NegationMetrics {
  rows: number;
  labelled: number;
  unlocated: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** Precision, recall and F1 of "Negated" over the rows that carry a gold label. */
export function scoreNegation(rows: NegationRow[], predicted: NegationLabel[], unlocated = 0): NegationMetrics {
  let tp = 0, fp = 0, fn = 0, tn = 0, labelled = 0;
  rows.forEach((r, i) => {
    if (!r.negation) return;
    labelled++;
    const p = predicted[i] === 'Negated';
    const g = r.negation === 'Negated';
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
    else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = labelled ? (tp + tn) / labelled : 0;
  return { rows: rows.length, labelled, unlocated, tp, fp, fn, tn, precision, recall, f1, accuracy };
}

/** Reads a JSONL file of rows; a bad line is a typed error naming the file and line number only. */
export function readNegationRows(file: string): NegationRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw prescreenError('PRESCREEN_ERR_FILE_NOT_FOUND', 'cannot read the negation input', { file, cause });
  }
  const rows: NegationRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: ReturnType<typeof NegationRow.safeParse>;
    try {
      parsed = NegationRow.safeParse(JSON.parse(line));
    } catch {
      throw prescreenError('PRESCREEN_ERR_UNREADABLE', `line ${i + 1} is not JSON`, { file });
    }
    if (!parsed.success) throw prescreenError('PRESCREEN_ERR_UNREADABLE', `line ${i + 1} lacks id, concept or sentence`, { file });
    rows.push(parsed.data);
  });
  if (rows.length === 0) throw prescreenError('PRESCREEN_ERR_EMPTY_INPUT', 'no rows', { file });
  return rows;
}

/**
 * Runs the evaluation: writes `{id, negation}` rows to `out` and, when the input is labelled,
 * returns the metrics (also written to `<out>.metrics.json`).
 */
export function runNegationEval(engine: ContextEngine, inFile: string, outFile: string): NegationMetrics | null {
  const rows = readNegationRows(inFile);
  const predicted = rows.map((r) => decideNegation(engine, r));
  const unlocated = rows.filter((r) => !locateConcept(r.sentence, r.concept)).length;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, rows.map((r, i) => JSON.stringify({ id: r.id, negation: predicted[i] })).join('\n') + '\n');
  if (!rows.some((r) => r.negation)) return null;
  const metrics = scoreNegation(rows, predicted, unlocated);
  writeFileSync(`${outFile}.metrics.json`, JSON.stringify(metrics, null, 2) + '\n');
  return metrics;
}
