import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gatedMetrics, regressions } from '../../src/eval/gate.ts';
import { PROJECT_ROOT } from '../../src/lexicon/load.ts';
import { GATED_CORPORA, SHARED_CORPORA, measureCorpus } from './measure.ts';

describe('regression gate logic', () => {
  it('flags a metric that fell more than the tolerance, and a missing one', () => {
    expect(regressions({ a: 0.9, b: 0.9, c: 0.5 }, { a: 0.895, b: 0.88 })).toEqual([
      'b: 0.88 < baseline 0.9 - 0.01', 'c: missing < baseline 0.5 - 0.01',
    ]);
  });

  it('flattens eval output to accuracies, F1s and decision figures', () => {
    const flat = gatedMetrics({ age: 1, medications: { p: 1, r: 0.5, f1: 0.6667 }, decision: { accuracy: 0.9, balanced_accuracy: 0.6, overturned: { r: 0.3, f1: 0.4 } }, cases: 3 });
    expect(flat).toEqual({ age: 1, 'medications.f1': 0.6667, 'decision.accuracy': 0.9, 'decision.balanced_accuracy': 0.6, 'decision.overturned_recall': 0.3 });
  });
});

/**
 * The development metrics committed in corpora/metrics/ must hold: any fall of more than 0.01 fails
 * CI. Raising a metric is a commit that updates the file (`npm run metrics:update`).
 */
describe('development metrics hold (../shared/corpora)', () => {
  const out = mkdtempSync(join(tmpdir(), 'prescreen-gate-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  for (const name of GATED_CORPORA) {
    const baselineFile = join(PROJECT_ROOT, 'corpora', 'metrics', `${name}.json`);
    if (!existsSync(join(SHARED_CORPORA, name))) {
      console.warn(`[regression-gate] ${join(SHARED_CORPORA, name)} not found: ${name} is not gated in this run`);
      it.skip(`${name} (../shared absent)`, () => {});
      continue;
    }
    it(name, async () => {
      const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
      const current = await measureCorpus(name, join(out, name));
      expect(regressions(baseline, current ?? {})).toEqual([]);
    });
  }
});
