import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaseInput } from '../intake/index.ts';
import type { Pipeline } from '../pipeline/create-pipeline.ts';
import { toGoldCase, type GoldCase } from '../report/gold-export.ts';
import { scoreCases } from './score-cases.ts';

export interface EvalCasesOptions {
  corpus: string;
  out: string;
  onProgress?: (done: number, total: number) => void;
}

export interface EvalCasesResult {
  predictions: Record<string, GoldCase>;
  metrics: Record<string, unknown> | null;
  /** Gold labels by case, when the corpus has them (for `--explain`). */
  gold: Record<string, Record<string, unknown>> | null;
  seconds: number;
  cases: number;
}

/**
 * Screens every `<corpus>/cases/*.json` as an intake would (the summary is the record, each
 * requested_treatment a request), writes one prediction per case in the gold schema and, when
 * `<corpus>/labels/` exists, scores them and writes `metrics.json`.
 */
export async function evalCases(pipeline: Pipeline, options: EvalCasesOptions): Promise<EvalCasesResult> {
  const started = performance.now();
  const casesDir = join(options.corpus, 'cases');
  const files = (await readdir(casesDir)).filter((f) => f.endsWith('.json')).sort();
  await mkdir(options.out, { recursive: true });
  const predictions: Record<string, GoldCase> = {};
  for (const [i, f] of files.entries()) {
    const input = await buildCaseInput({ files: [join(casesDir, f)], requests: [] });
    const gold = toGoldCase(pipeline.run(input));
    predictions[gold.case_number] = gold;
    await writeFile(join(options.out, f), JSON.stringify(gold, null, 2));
    options.onProgress?.(i + 1, files.length);
  }
  let metrics: Record<string, unknown> | null = null;
  let gold: Record<string, Record<string, unknown>> | null = null;
  const labelsDir = join(options.corpus, 'labels');
  if (existsSync(labelsDir)) {
    gold = {};
    for (const f of (await readdir(labelsDir)).filter((x) => x.endsWith('.json'))) {
      gold[f.slice(0, -5)] = JSON.parse(await readFile(join(labelsDir, f), 'utf8'));
    }
    metrics = scoreCases(predictions, gold);
    await writeFile(join(options.out, 'metrics.json'), JSON.stringify(metrics, null, 2));
  }
  return { predictions, metrics, gold, seconds: (performance.now() - started) / 1000, cases: files.length };
}
