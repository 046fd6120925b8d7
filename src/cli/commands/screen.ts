import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import type { CaseResult } from '../../core/case-result.ts';
import type { CaseSpec } from '../../core/case-spec.ts';
import type { SourceDocument } from '../../core/document.ts';
import { buildCaseInput } from '../../intake/index.ts';
import { createInProcessRunner } from '../../runners/in-process.ts';
import { FORMAT_EXTENSIONS, formatResult, OUTPUT_FORMATS, type OutputFormat } from '../format-result.ts';

interface ScreenOptions {
  request: string[];
  format: OutputFormat;
  caseId?: string;
  out?: string;
  pipeline?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `prescreen screen`: screen files (notes, PDFs, case JSON) in this process, or a folder of cases as a batch. */
export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description('Screen one case in-process (no Redis): record files and/or a case JSON; a folder runs every case JSON in it as a batch')
    .argument('<files...>', 'notes (.txt, .md), PDFs, a case JSON, or one folder of case JSON files')
    .option('-r, --request <text>', 'a requested treatment as written on the RFA (repeatable)', collect, [])
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('md'))
    .option('--case-id <id>', 'case id (default: the case JSON number or the first file name)')
    .option('-o, --out <dir>', 'batch mode: write one <case>.<md|json|html|fhir.json> per case here')
    .option('--pipeline <file>', 'pipeline definition (default pipelines/default.pipeline.yaml)')
    .action(async (files: string[], opts: ScreenOptions) => {
      const runner = createInProcessRunner({ pipelineFile: opts.pipeline });
      const first = await stat(files[0]).catch(() => null);
      if (files.length === 1 && first?.isDirectory()) return screenFolder(runner, files[0], opts);
      const { result, documents } = await screenWithDocuments(runner, { files, requests: opts.request, caseId: opts.caseId });
      process.stdout.write(await formatResult(result, opts.format, documents));
    });
}

type Runner = ReturnType<typeof createInProcessRunner>;

/** Intake and pipeline, as the runner does, keeping the documents for the HTML report's document view. */
async function screenWithDocuments(runner: Runner, spec: CaseSpec): Promise<{ result: CaseResult; documents: SourceDocument[] }> {
  const input = await buildCaseInput(spec);
  return { result: runner.pipeline.run(input), documents: input.documents };
}

async function screenFolder(runner: Runner, dir: string, opts: ScreenOptions): Promise<void> {
  const sub = join(dir, 'cases');
  const base = (await stat(sub).catch(() => null))?.isDirectory() ? sub : dir;
  const files = (await readdir(base)).filter((f) => f.endsWith('.json')).sort();
  if (opts.out) await mkdir(opts.out, { recursive: true });
  const bar = new SingleBar({ stream: process.stderr, format: 'screen {bar} {value}/{total} cases' }, Presets.shades_classic);
  bar.start(files.length, 0);
  const failures: string[] = [];
  for (const f of files) {
    let result: CaseResult | null = null;
    let documents: SourceDocument[] = [];
    try {
      ({ result, documents } = await screenWithDocuments(runner, { files: [join(base, f)], requests: opts.request }));
    } catch (err) {
      // One bad case must not stop the batch; its error (code and file, no record text) is reported.
      failures.push((err as Error).message);
    }
    if (result) {
      const text = await formatResult(result, opts.format, documents);
      if (opts.out) await writeFile(join(opts.out, `${result.caseId}.${FORMAT_EXTENSIONS[opts.format]}`), text);
      else process.stdout.write(text);
    }
    bar.increment();
  }
  bar.stop();
  for (const f of failures) process.stderr.write(`prescreen: ${f}\n`);
  process.stderr.write(`${files.length - failures.length} of ${files.length} cases screened${opts.out ? ` into ${opts.out}` : ''}\n`);
  if (failures.length) process.exitCode = 2;
}
