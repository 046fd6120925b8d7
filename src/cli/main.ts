import { Command } from 'commander';
import { isPrescreenError } from '../core/errors.ts';
import { registerAuditCommand } from './commands/audit.ts';
import { registerConfigCommand } from './commands/config.ts';
import { registerEvalCommand } from './commands/eval.ts';
import { registerQueueCommands } from './commands/queue.ts';
import { registerRulesCommand } from './commands/rules.ts';
import { registerScreenCommand } from './commands/screen.ts';
import { registerServeCommand } from './commands/serve.ts';

const program = new Command('prescreen')
  .description('Pre-screen California workers\' compensation treatment requests against the MTUS, from the medical records')
  .version('0.1.0')
  .showHelpAfterError();

registerScreenCommand(program);
registerEvalCommand(program);
registerQueueCommands(program);
registerRulesCommand(program);
registerAuditCommand(program);
registerServeCommand(program);
registerConfigCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // Typed errors name the file and the problem, never record text; anything else is a bug.
  if (isPrescreenError(err)) {
    process.stderr.write(`prescreen: ${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`prescreen: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
