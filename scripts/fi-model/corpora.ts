/**
 * The corpora the learned FI reader trains on: the development sets and the project's held-out sets
 * that are already spoiled (read and tuned on). The clean measurement sets (heldout-11, -17, -18,
 * -21) are never here: they measure the model.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/lexicon/load.ts';

const SHARED = join(PROJECT_ROOT, '..', 'shared', 'corpora');
const SPOILED = ['heldout', ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 19, 20, 22, 23].map((n) => `heldout-${n}`)];
export const CLEAN_SETS = ['heldout-11', 'heldout-17', 'heldout-18', 'heldout-21'];

export const TRAINING_CORPORA: [string, string][] = [
  ['dwc-imr', join(SHARED, 'dwc-imr')],
  ['notes', join(SHARED, 'notes')],
  ['fixtures', join(PROJECT_ROOT, 'corpora', 'fixtures')],
  ...SPOILED.map((s): [string, string] => [s, join(PROJECT_ROOT, 'corpora', s)]),
].filter(([, dir]) => existsSync(join(dir as string, 'labels'))) as [string, string][];

/** Training settings and thresholds, chosen by cross-validation (cv.ts) on the training corpora and on two sets measured before they joined them. */
export const MODEL_OPTIONS = { epochs: 12, rate: 0.3, l2: 1e-4, positiveWeight: 2 };
export const MODEL_THRESHOLD = 0.85;
export const DIRECTION_THRESHOLD = 0.6;
