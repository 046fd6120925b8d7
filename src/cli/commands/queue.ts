import type { Command } from 'commander';

/** STUB: replaced by the real command. */
export function registerQueueCommands(_program: Command): void {}
