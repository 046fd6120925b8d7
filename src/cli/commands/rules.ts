import type { Command } from 'commander';

/** STUB: replaced by the real command. */
export function registerRulesCommand(_program: Command): void {}
