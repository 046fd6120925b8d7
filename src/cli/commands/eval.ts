import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { evalCases } from '../../eval/run-cases.ts';
import { registerEvalNegation } from './eval-negation.ts';
import { runRobustness } from '../../eval/robustness.ts';
import { explainCases } from '../../eval/explain.ts';
import { formatMetrics } from '../../eval/format-metrics.ts';
import { decisionReport } from '../../eval/decision-report.ts';
import { createPipeline } from '../../pipeline/create-pipeline.ts';
import { loadPipelineDefinition } from '../../pipeline/definition.ts';

/** `prescreen eval cases` and `prescreen eval negation`, as `spec/evaluation.md` describes them. */
export function registerEvalCommand(program: Command): void {
  const evalCmd = program.command('eval').description('Evaluate against a labelled corpus');
  evalCmd
    .command('cases')
    .description('Screen every <corpus>/cases/*.json, write predictions in the gold schema, and score them against <corpus>/labels/')
    .requiredOption('--corpus <dir>', 'corpus folder with cases/ (and labels/)')
    .requiredOption('--out <dir>', 'folder for predictions and metrics.json')
    .option('--pipeline <file>', 'pipeline definition')
    .option('--explain [metric]', 'list every false positive and false negative (of one metric, or all) with its text')
    .option('--no-learned', 'rules alone: leave out the learned readers of pipelines/models/')
    .action(async (opts: { corpus: string; out: string; pipeline?: string; explain?: string | boolean; learned: boolean }) => {
      const pipeline = createPipeline(loadPipelineDefinition(opts.pipeline), { learned: opts.learned });
      const bar = new SingleBar({ stream: process.stderr, hideCursor: true, format: 'eval {bar} {value}/{total} cases' }, Presets.shades_classic);
      let started = false;
      const result = await evalCases(pipeline, {
        corpus: opts.corpus,
        out: opts.out,
        onProgress: (done, total) => {
          if (!started) { bar.start(total, 0); started = true; }
          bar.update(done);
        },
      });
      if (started) bar.stop();
      if (result.metrics) process.stdout.write(`${formatMetrics(result.metrics)}\n`);
      if (result.metrics && result.gold) process.stdout.write(`${decisionReport(result.predictions as never, result.gold)}\n`);
      if (opts.explain && result.gold) {
        const only = typeof opts.explain === 'string' ? opts.explain : undefined;
        process.stdout.write(`\n${explainCases(result.predictions as never, result.gold, only).join('\n')}\n`);
      }
      process.stderr.write(`${result.cases} cases in ${result.seconds.toFixed(2)} s; predictions in ${opts.out}\n`);
    });
  registerEvalNegation(evalCmd);
  evalCmd
    .command('robustness')
    .description('Run the pipeline over real unlabelled notes (MTSamples JSONL): report errors, impossible values and fact counts')
    .requiredOption('--in <file.jsonl>', 'notes, one JSON object per line with note_id and transcription')
    .option('--specialty <name...>', 'only notes of these medical_specialty values')
    .action((opts: { in: string; specialty?: string[] }) => {
      const bar = new SingleBar({ stream: process.stderr, format: 'notes {bar} {value}/{total}' }, Presets.shades_classic);
      let started = false;
      const wanted = opts.specialty?.map((s) => s.trim().toLowerCase());
      const report = runRobustness(createPipeline(), opts.in, {
        filter: wanted ? (r) => wanted.includes(String(r.medical_specialty ?? '').trim().toLowerCase()) : undefined,
        onProgress: (done, total) => {
          if (!started) { bar.start(total, 0); started = true; }
          bar.update(done);
        },
      });
      if (started) bar.stop();
      process.stdout.write(`${JSON.stringify({ ...report, seconds: Number(report.seconds.toFixed(2)) }, null, 2)}\n`);
      if (report.errors.length || report.impossible.length) process.exitCode = 1;
    });
}
