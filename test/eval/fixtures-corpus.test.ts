/**
 * The project's own labelled fixture corpus (corpora/fixtures): the labels must be well formed, and
 * the pipeline's metrics on it must not fall more than the gate tolerance below the baseline in
 * corpora/metrics/fixtures.json. Unlike ../shared, this corpus ships with the repo, so the gate
 * always runs. Rewrite the baseline only on purpose: `UPDATE_METRICS=1 npx vitest run
 * test/eval/fixtures-corpus.test.ts`, then commit the file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gatedMetrics, regressions } from '../../src/eval/gate.ts';
import { evalCases } from '../../src/eval/run-cases.ts';
import { PROJECT_ROOT } from '../../src/lexicon/load.ts';
import { createPipeline } from '../../src/pipeline/create-pipeline.ts';

const CORPUS = join(PROJECT_ROOT, 'corpora', 'fixtures');
const BASELINE = join(PROJECT_ROOT, 'corpora', 'metrics', 'fixtures.json');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const names = readdirSync(join(CORPUS, 'cases')).filter((f) => f.endsWith('.json')).sort();

describe('fixture corpus labels are well formed', () => {
  it('has a label per case, with the same case number and items', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(readdirSync(join(CORPUS, 'labels')).filter((f) => f.endsWith('.json')).sort()).toEqual(names);
    for (const f of names) {
      const [c, l] = [readJson(join(CORPUS, 'cases', f)), readJson(join(CORPUS, 'labels', f))];
      expect(l.case_number, f).toBe(c.case_number);
      expect(l.items.map((i: { item_index: number; requested_treatment: string }) => [i.item_index, i.requested_treatment]), f)
        .toEqual(c.items.map((i: { item_index: number; requested_treatment: string }) => [i.item_index, i.requested_treatment]));
    }
  });

  it('copies every text span exactly from the summary (whitespace normalised)', () => {
    for (const f of names) {
      const summary = squash(readJson(join(CORPUS, 'cases', f)).summary);
      const s = readJson(join(CORPUS, 'labels', f)).summary;
      const spans: (string | null)[] = [
        ...s.prior_treatments, ...s.pain_relief, ...s.pain_scores, ...s.functional_improvement.evidence,
      ].map((x: { text: string }) => x.text).concat(s.work_status.text);
      for (const t of spans.filter((x): x is string => x !== null)) expect(summary, `${f}: ${t}`).toContain(squash(t));
    }
  });

  it('derives the functional improvement status from its evidence, as the guide defines it', () => {
    for (const f of names) {
      const { status, evidence } = readJson(join(CORPUS, 'labels', f)).summary.functional_improvement;
      const good = evidence.some((e: { direction: string }) => e.direction === 'improved');
      const bad = evidence.some((e: { direction: string }) => e.direction !== 'improved');
      expect(status, f).toBe(good && bad ? 'mixed' : good ? 'documented' : bad ? 'stated_absent' : 'not_addressed');
    }
  });
});

describe('fixture corpus metrics hold (corpora/metrics/fixtures.json)', () => {
  const out = mkdtempSync(join(tmpdir(), 'prescreen-fixtures-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('no metric falls more than the tolerance below the baseline', async () => {
    const { metrics } = await evalCases(createPipeline(), { corpus: CORPUS, out });
    expect(metrics).not.toBeNull();
    const current = gatedMetrics(metrics ?? {});
    if (process.env.UPDATE_METRICS === '1') writeFileSync(BASELINE, `${JSON.stringify(current, null, 2)}\n`);
    expect(regressions(readJson(BASELINE), current)).toEqual([]);
  });
});
