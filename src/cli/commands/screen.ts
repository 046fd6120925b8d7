import type { Command } from 'commander';

/** STUB */
export function registerScreenCommand(_program: Command): void {}
