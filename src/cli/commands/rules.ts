import { resolve } from 'node:path';
import type { Command } from 'commander';
import { GAP_CODES } from '../../core/gap-codes.ts';
import { isPrescreenError } from '../../core/errors.ts';
import { loadRulePack, loadRulePacks } from '../../decide/load-rule-packs.ts';
import type { LoadedRulePack } from '../../decide/rule-pack-schema.ts';
import { loadPipelineDefinition } from '../../pipeline/definition.ts';

const out = (s: string) => process.stdout.write(`${s}\n`);

function packsOf(pipeline?: string): LoadedRulePack[] {
  return loadRulePacks(loadPipelineDefinition(pipeline).rulePackFiles);
}

function selectors(p: LoadedRulePack): string {
  const parts = [`modalities: ${p.appliesTo.modalities.join(', ')}`];
  if (p.appliesTo.drugClasses.length) parts.push(`drug classes: ${p.appliesTo.drugClasses.join(', ')}`);
  if (p.appliesTo.requestPatterns.length) parts.push(`${p.appliesTo.requestPatterns.length} request patterns`);
  return parts.join('; ');
}

/** `prescreen rules list|show|validate`: the rule packs of a pipeline, one pack with its sources, or a pack file checked. */
export function registerRulesCommand(program: Command): void {
  const rules = program.command('rules').description('List, show and validate guideline rule packs');
  rules.command('list')
    .description('List the rule packs of a pipeline and their criteria')
    .option('--pipeline <file>', 'pipeline definition')
    .action((opts: { pipeline?: string }) => {
      for (const p of packsOf(opts.pipeline)) {
        out(`${p.pack}  (${p.guideline}, ${p.edition} edition; ${selectors(p)})`);
        for (const c of p.criteria) out(`  ${c.id.padEnd(44)} ${c.gap.padEnd(38)} ${c.verification}`);
      }
    });
  rules.command('show <pack>')
    .description('Show one pack (by id or file): each criterion with its source, facts needed, gap code and message')
    .option('--pipeline <file>', 'pipeline definition')
    .action((id: string, opts: { pipeline?: string }) => {
      const p = packsOf(opts.pipeline).find((x) => x.pack === id) ?? (/\.ya?ml$/.test(id) ? loadRulePack(resolve(id)) : null);
      if (!p) {
        process.stderr.write(`no rule pack ${JSON.stringify(id)}; see \`prescreen rules list\`\n`);
        process.exitCode = 1;
        return;
      }
      out(`${p.pack}: ${p.guideline}, ${p.edition} edition\nfile: ${p.file}\napplies to: ${selectors(p)}`);
      for (const c of p.criteria) {
        const msg = typeof c.message === 'string' ? c.message : `not met: ${c.message.not_met}\n    not documented: ${c.message.not_documented}`;
        out(`\n${c.id}  [${c.verification}, weight ${c.weight}]\n  ${c.description}\n  source: ${c.source}\n  needs: ${c.needs.join(', ') || '(request only)'}`);
        out(`  predicate: ${JSON.stringify(c.predicate)}${Object.keys(c.appliesWhen).length ? `\n  applies when: ${JSON.stringify(c.appliesWhen)}` : ''}`);
        out(`  gap: ${c.gap} (${GAP_CODES[c.gap]})\n    ${msg}\n  example: ${c.example}`);
      }
    });
  rules.command('validate <files...>')
    .description('Validate rule pack files against the schema and the predicate registry')
    .action((files: string[]) => {
      for (const f of files) {
        try {
          // A path on the command line is relative to the working directory, not to pipelines/.
          const p = loadRulePack(resolve(f));
          out(`ok  ${f}: ${p.pack}, ${p.criteria.length} criteria`);
        } catch (e) {
          if (!isPrescreenError(e)) throw e;
          out(`FAIL ${e.message}`);
          process.exitCode = 1;
        }
      }
    });
}
