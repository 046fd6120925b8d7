import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { join } from 'node:path';
import { runAudit } from '../../audit/run-audit.ts';
import { createInProcessRunner } from '../../runners/in-process.ts';

interface AuditOptions { out: string; pipeline?: string }

/** `prescreen audit <folder> --out <dir>`: the documentation-quality audit of a folder of cases. */
export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('Documentation-quality audit of a folder of case JSON files or a corpus folder: audit.html, CSV files and one reviewer report per case')
    .argument('<folder>', 'a corpus folder (with cases/) or a folder of case JSON files')
    .requiredOption('-o, --out <dir>', 'where audit.html, the CSV files and cases/<id>.html go')
    .option('--pipeline <file>', 'pipeline definition (default pipelines/default.pipeline.yaml)')
    .action(async (folder: string, opts: AuditOptions) => {
      const { pipeline } = createInProcessRunner({ pipelineFile: opts.pipeline });
      const bar = new SingleBar({ stream: process.stderr, format: 'audit {bar} {value}/{total} cases' }, Presets.shades_classic);
      let started = false;
      const run = await runAudit({
        input: folder, out: opts.out, pipeline,
        onProgress: (done, total) => {
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
      });
      if (started) bar.stop();
      for (const f of run.failures) process.stderr.write(`prescreen: ${f.message}\n`);
      const s = run.summary;
      process.stderr.write(`${s.cases} cases, ${s.items} items, ${s.gaps} gaps (${s.itemsWithGaps} items with a gap); report: ${join(opts.out, 'audit.html')}\n`);
      if (run.failures.length) process.exitCode = 2;
    });
}
