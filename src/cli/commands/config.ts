import type { Command } from 'commander';
import { describeEnv } from '../../config/describe-env.ts';

/** `prescreen config`: prints every environment setting as the services will read it (secrets masked). */
export function registerConfigCommand(program: Command): void {
  program
    .command('config')
    .description('Print the effective configuration from the environment (validated; secrets masked)')
    .option('--json', 'print JSON instead of a table')
    .action((opts: { json?: boolean }) => {
      const lines = describeEnv();
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(Object.fromEntries(lines.map((l) => [l.name, l.value])), null, 2)}\n`);
        return;
      }
      const width = Math.max(...lines.map((l) => l.name.length));
      for (const l of lines) process.stdout.write(`${l.name.padEnd(width)}  ${(l.value || '-').padEnd(24)}  ${l.source}\n`);
    });
}
