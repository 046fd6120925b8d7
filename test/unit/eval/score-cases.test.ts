import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evalCases } from '../../../src/eval/run-cases.ts';
import { fuzzyMatch, prf } from '../../../src/eval/score-cases.ts';
import { PROJECT_ROOT } from '../../../src/lexicon/load.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

describe('case metrics', () => {
  it('computes P/R/F1 with the reference conventions for empty sets', () => {
    expect(prf(0, 0, 0)).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(prf(0, 0, 3)).toMatchObject({ p: 0, r: 0, f1: 0 });
    expect(prf(2, 1, 1)).toMatchObject({ p: 0.6667, r: 0.6667, f1: 0.6667 });
  });

  it('matches diagnoses by word-set Jaccard, ignoring sides and stop words', () => {
    expect(fuzzyMatch(['right shoulder impingement syndrome'], ['shoulder impingement'])).toEqual([1, 0, 0]);
    expect(fuzzyMatch(['lumbar radiculopathy'], ['cervical radiculopathy'])).toEqual([0, 1, 1]);
  });

  const shared = join(PROJECT_ROOT, '..', 'shared');
  const corpus = join(shared, 'corpora', 'dwc-imr');
  if (!existsSync(corpus)) {
    console.warn(`[score-cases] ${corpus} not found: agreement with score.py is not checked`);
    it.skip('agrees with score.py (needs ../shared)', () => {});
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'prescreen-eval-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('agrees with the reference score.py on the same predictions', async () => {
    const { metrics } = await evalCases(createPipeline(), { corpus, out });
    const reference = JSON.parse(execFileSync('python3', [join(shared, 'spec', 'score.py'), out, join(corpus, 'labels'), '--json'], { encoding: 'utf8' }));
    expect(metrics).toEqual(reference);
  });
});

describe('round (score.py rounding)', () => {
  it('rounds exact ties to even like Python and everything else to the nearest', async () => {
    const { round } = await import('../../../src/eval/score-cases.ts');
    expect(round(21 / 32)).toBe(0.6562); // 0.65625 exactly: Python round() gives 0.6562
    expect(round(0.65635)).toBe(0.6563); // not a tie in binary (0.65634999999999998899...), as in Python
    expect(round(3 / 32)).toBe(0.0938); // 0.09375: tie, 7 is odd, so up
    expect(round(1)).toBe(1);
    expect(round(2 / 3)).toBe(0.6667);
  });
});
