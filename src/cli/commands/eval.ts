import type { Command } from 'commander';

/** STUB: replaced by the real command. */
export function registerEvalCommand(_program: Command): void {}
