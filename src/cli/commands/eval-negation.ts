import type { Command } from 'commander';
import { runNegationEval, type NegationMetrics } from '../../eval/negation.ts';
import { createContextEngine } from '../../text/context.ts';

function formatMetrics(m: NegationMetrics): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `negation ("Negated"): precision ${f(m.precision)}  recall ${f(m.recall)}  F1 ${f(m.f1)}  accuracy ${f(m.accuracy)}`,
    `rows ${m.rows}, labelled ${m.labelled}: tp ${m.tp}  fp ${m.fp}  fn ${m.fn}  tn ${m.tn}` +
      (m.unlocated ? `  (concept not found in ${m.unlocated} rows, judged Affirmed)` : ''),
  ].join('\n');
}

/**
 * `prescreen eval negation --in rows.jsonl --out predictions.jsonl`: runs the pipeline's context
 * engine over `{id, concept, sentence}` rows (the NegEx test-kit layout), writes `{id, negation}`
 * rows, and prints P/R/F1 of "Negated" (also `<out>.metrics.json`) when the rows carry gold labels.
 * `documentation_gap` counts as "Negated" here; see NEGATING_CATEGORIES in src/eval/negation.ts.
 */
export function registerEvalNegation(evalCmd: Command): void {
  evalCmd
    .command('negation')
    .description('Decide whether each row\'s concept is negated in its sentence; score against gold labels when present')
    .requiredOption('--in <file>', 'JSONL rows {id, concept, sentence[, negation]}')
    .requiredOption('--out <file>', 'JSONL predictions {id, negation} (metrics go to <out>.metrics.json)')
    .option('--lexicons <dir>', 'lexicon directory (default: pipelines/lexicons)')
    .action((opts: { in: string; out: string; lexicons?: string }) => {
      const metrics = runNegationEval(createContextEngine(opts.lexicons), opts.in, opts.out);
      process.stdout.write(metrics ? `${formatMetrics(metrics)}\n` : `wrote ${opts.out} (no gold labels to score)\n`);
    });
}
