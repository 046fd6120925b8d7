import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isPrescreenError } from '../../../src/core/errors.ts';
import { createCalibrator, loadCalibration } from '../../../src/decide/calibration.ts';
import { nestedCrossValidation, predictRow, scoreRows } from '../../../src/decide/cross-validate.ts';
import { fitCalibration, type FitRow, type Hyper } from '../../../src/decide/fit-calibration.ts';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const FITTED = { corpus: 'synthetic', items: 1, command: 'test', crossValidated: {} };
const HYPER: Hyper = { gapThreshold: 0.5, metRaises: false, atLeastOneWhenUpheld: false, noneWhenOverturned: true, evidenceScale: 1, decisionThreshold: 0.5 };

/**
 * Synthetic items of one pack: criterion `p.strong` failing goes with a reviewer's gap and an upheld
 * denial; `p.weak` fails on every item but reviewers almost never raise it.
 */
function rows(n: number): FitRow[] {
  return Array.from({ length: n }, (_, i) => {
    const strongFails = i % 3 !== 0;
    return {
      caseId: `case-${i}`, packId: 'p.1',
      criteria: [
        { criterionId: 'p.strong', status: strongFails ? 'not_documented' : 'met', gap: 'NO_RED_FLAGS' },
        { criterionId: 'p.weak', status: 'not_documented', gap: 'RATIONALE_NOT_PROVIDED' },
      ],
      goldGaps: strongFails ? ['NO_RED_FLAGS', ...(i % 10 === 1 ? ['RATIONALE_NOT_PROVIDED'] : [])] : [],
      goldDecision: strongFails ? 'Upheld' : 'Overturned',
    } satisfies FitRow;
  });
}

describe('fitting the decision calibration', () => {
  const cal = createCalibrator(fitCalibration(rows(60), HYPER, FITTED));

  it('learns which failing criteria reviewers write up as gaps', () => {
    expect(cal.gapRate('p.strong', 'not_documented').p).toBeGreaterThan(0.9);
    expect(cal.gapRate('p.weak', 'not_documented').p).toBeLessThan(0.2);
    expect(cal.raisesGap('p.strong', 'not_documented')).toBe(true);
    expect(cal.raisesGap('p.weak', 'not_documented')).toBe(false);
    // A status the calibration does not let raise gaps never does, whatever its rate.
    expect(cal.raisesGap('p.strong', 'met')).toBe(false);
  });

  it('falls back to the status-wide rate for a criterion it never saw', () => {
    const r = cal.gapRate('other.criterion', 'not_documented');
    expect(r.learned).toBe(false);
    expect(r.p).toBe(cal.settings.gaps.byStatus.not_documented!.p);
  });

  it('predicts the outcome from the criteria results', () => {
    const failing = [{ criterionId: 'p.strong', status: 'not_documented' as const }, { criterionId: 'p.weak', status: 'not_documented' as const }];
    const passing = [{ criterionId: 'p.strong', status: 'met' as const }, { criterionId: 'p.weak', status: 'not_documented' as const }];
    expect(cal.overturned('p.1', failing)).toBe(false);
    expect(cal.overturned('p.1', passing)).toBe(true);
  });

  it('scores held-out folds and predicts every row once', () => {
    const data = rows(60);
    const { score, preds } = nestedCrossValidation(data, 5);
    expect(preds.filter(Boolean)).toHaveLength(60);
    expect(Object.values(score.confusion).reduce((a, b) => a + b, 0)).toBe(60);
    expect(score.balancedAccuracy).toBeGreaterThan(0.9);
    const dev = scoreRows(data, data.map((r) => predictRow(cal, r)));
    expect(dev.gapF1).toBeGreaterThan(0.9);
  });
});

describe('a decider with a calibration file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prescreen-calibration-'));
  const packs = loadPipelineDefinition().rulePackFiles;
  const item = makeItem({ modality: 'acupuncture', quantity: 6, continuation: true, text: '6 more acupuncture visits' });
  const facts = [
    makeFact('prior_treatment-1', 'prior_treatment', { modality: 'acupuncture', count: 12, countQualifier: 'exact' }, '12 prior acupuncture visits'),
    makeFact('pain_relief-1', 'pain_relief', { percentLow: 20, percentHigh: 20, duration: 'a few days', attributedTo: 'acupuncture' }, 'about 20% relief for a few days'),
  ];
  function write(name: string, rates: Record<string, Record<string, { n: number; hits: number; p: number }>>, decisionThreshold: number): string {
    const base = fitCalibration(rows(30), { ...HYPER, decisionThreshold }, FITTED);
    const file = join(dir, name);
    writeFileSync(file, stringify({ ...base, gaps: { ...base.gaps, rates }, decision: { ...base.decision, packs: { 'mtus-acupuncture.2007': -3 }, criteria: {} } }));
    return file;
  }

  it('raises only the gaps reviewers usually raise, and predicts from the weighted score', () => {
    const file = write('a.yaml', {
      'acupuncture.trial-total': { not_met: { n: 10, hits: 9, p: 0.9 } },
      'acupuncture.functional-improvement': { not_documented: { n: 10, hits: 1, p: 0.1 } },
    }, 0.5);
    const [s] = createDecider({ packs, calibration: file })([item], facts);
    expect(s.gaps.map((g) => g.code)).toEqual(['EXCEEDS_GUIDELINE_QUANTITY']);
    // The criterion that raised no gap is still reported with its status.
    expect(s.criteria.find((c) => c.criterionId === 'acupuncture.functional-improvement')!.status).toBe('not_documented');
    expect(s.decision).toBe('Upheld');
    expect(s.reasons.at(-1)).toMatch(/P\(Overturned\) 5% against a threshold of 50%/);
  });

  it('predicts Overturned when the score passes the threshold, and then lists no gaps', () => {
    const [s] = createDecider({ packs, calibration: write('b.yaml', {}, 0.01) })([item], facts);
    expect(s.decision).toBe('Overturned');
    expect(s.outcome).toBe('supported');
    expect(s.gaps).toEqual([]);
    expect(s.reasons.some((r) => r.startsWith('Weighed lightly:'))).toBe(true);
  });

  it('screens on the rules alone with calibration null, and rejects a bad file with a typed error', () => {
    const [s] = createDecider({ packs, calibration: null })([item], facts);
    expect(s.gaps.map((g) => g.code)).toContain('FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'calibration: decision\nversion: 2\n');
    let err: unknown;
    try { loadCalibration(bad); } catch (e) { err = e; }
    expect(isPrescreenError(err) && err.code).toBe('PRESCREEN_ERR_INVALID_RULE_PACK');
    expect(() => loadCalibration(join(dir, 'missing.yaml'))).toThrow();
  });
});
