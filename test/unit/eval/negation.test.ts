import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideNegation, runNegationEval, scoreNegation, type NegationRow } from '../../../src/eval/negation.ts';
import { locateConcept } from '../../../src/eval/negation-locate.ts';
import { createContextEngine } from '../../../src/text/context.ts';

const engine = createContextEngine();

describe('locateConcept', () => {
  const at = (s: string, c: string) => {
    const r = locateConcept(s, c);
    return r ? s.slice(r.start, r.end) : null;
  };
  it('matches case-insensitively, first occurrence', () => {
    expect(locateConcept('Mild EDEMA of the ankle, edema of the foot.', 'edema')).toEqual({ start: 5, end: 10 });
  });
  it('prefers the occurrence written in capitals when there are several', () => {
    expect(locateConcept('Old effusion resolved; new EFFUSION seen.', 'effusion')).toEqual({ start: 27, end: 35 });
  });
  it('tolerates whitespace, punctuation and surrounding quotes', () => {
    expect(at('Knee is SWOLLEN,   WARM and tender.', '"swollen, warm"')).toBe('SWOLLEN,   WARM');
    expect(at('Left  ventricular   hypertrophy is mild.', 'left ventricular hypertrophy')).toBe('Left  ventricular   hypertrophy');
  });
  it('falls back to the longest run of the concept words when it runs past the sentence', () => {
    expect(at('There is no joint effusion.', 'joint effusion. Ligaments intact')).toBe('joint effusion');
  });
  it('returns null when no word occurs', () => {
    expect(locateConcept('Knee is stable.', 'fracture')).toBeNull();
  });
});

describe('decideNegation', () => {
  it.each([
    ['She denies numbness or tingling in the hands.', 'tingling', 'Negated'],
    ['Tingling in the hands was reported.', 'tingling', 'Affirmed'],
    ['No fever but a productive cough.', 'cough', 'Affirmed'],
    ['There is no evidence of a hip fracture.', 'hip fracture', 'Negated'],
    // documentation_gap is its own category in the engine but counts as Negated here.
    ['There is no documentation of functional benefit.', 'functional benefit', 'Negated'],
    ['Possible tear of the rotator cuff.', 'tear', 'Affirmed'],
    ['Unrelated sentence.', 'fracture', 'Affirmed'],
  ])('%s / %s -> %s', (sentence, concept, label) => {
    expect(decideNegation(engine, { sentence, concept })).toBe(label);
  });
});

describe('scoreNegation', () => {
  it('computes P/R/F1 of Negated over labelled rows only', () => {
    const rows: NegationRow[] = [
      { id: '1', concept: 'a', sentence: 'a', negation: 'Negated' },
      { id: '2', concept: 'a', sentence: 'a', negation: 'Negated' },
      { id: '3', concept: 'a', sentence: 'a', negation: 'Affirmed' },
      { id: '4', concept: 'a', sentence: 'a', negation: 'Affirmed' },
      { id: '5', concept: 'a', sentence: 'a' },
    ];
    const m = scoreNegation(rows, ['Negated', 'Affirmed', 'Negated', 'Affirmed', 'Negated']);
    expect([m.tp, m.fp, m.fn, m.tn, m.labelled]).toEqual([1, 1, 1, 1, 4]);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(0.5);
  });
});

describe('runNegationEval', () => {
  it('writes {id, negation} rows and the metrics file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'neg-eval-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      { id: 'a', concept: 'chills', sentence: 'He denies chills.', negation: 'Negated' },
      { id: 'b', concept: 'chills', sentence: 'He reports chills.', negation: 'Affirmed' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const out = join(dir, 'out', 'pred.jsonl');
    const m = runNegationEval(engine, input, out);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([{ id: 'a', negation: 'Negated' }, { id: 'b', negation: 'Affirmed' }]);
    expect(m?.f1).toBe(1);
    expect(JSON.parse(readFileSync(`${out}.metrics.json`, 'utf8')).tp).toBe(1);
  });

  it('returns no metrics for unlabelled rows and rejects a bad line with a typed error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'neg-eval-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ id: 1, concept: 'x', sentence: 'no x' }) + '\n');
    expect(runNegationEval(engine, input, join(dir, 'o.jsonl'))).toBeNull();
    writeFileSync(input, '{"id": 1}\n');
    expect(() => runNegationEval(engine, input, join(dir, 'o.jsonl'))).toThrow(/PRESCREEN_ERR_UNREADABLE/);
  });
});

const DEV = resolve(import.meta.dirname, '../../../../shared/corpora/negex/dev.jsonl');
describe.skipIf(!existsSync(DEV))('NegEx development half (../shared)', () => {
  it('scores F1 >= 0.97 for Negated', () => {
    const m = runNegationEval(engine, DEV, join(mkdtempSync(join(tmpdir(), 'neg-dev-')), 'dev.jsonl'));
    expect(m!.f1).toBeGreaterThanOrEqual(0.97);
  });
});
if (!existsSync(DEV)) console.warn(`skipping the NegEx development-set check: ${DEV} is absent`);
