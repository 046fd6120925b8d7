import { describe, expect, it } from 'vitest';
import { contributions, predict, seeded, train, type Example } from '../../../src/learn/logistic.ts';

const data: Example[] = [
  ...Array.from({ length: 20 }, () => ({ features: ['bias', 'w:walks', 'w:farther'], label: 1 as const })),
  ...Array.from({ length: 20 }, () => ({ features: ['bias', 'w:pain', 'w:sharp'], label: 0 as const })),
];

describe('logistic regression', () => {
  it('learns a separable rule and gives unseen words no weight', () => {
    const m = train(data);
    expect(predict(m, ['bias', 'w:walks', 'w:farther'])).toBeGreaterThan(0.9);
    expect(predict(m, ['bias', 'w:pain', 'w:sharp'])).toBeLessThan(0.1);
    expect(m.weights['w:unseen']).toBeUndefined();
  });

  it('is deterministic for a seed (the model file is reproducible)', () => {
    expect(train(data, { seed: 3 })).toEqual(train(data, { seed: 3 }));
    const r = seeded(1);
    expect([r(), r()]).not.toEqual([r(), r()]);
  });

  it('names the features that weighed most for a decision, not the bias', () => {
    const m = train(data);
    const top = contributions(m, ['bias', 'w:walks', 'w:farther', 'w:pain'], 2).map(([f]) => f);
    expect(top).toHaveLength(2);
    expect(top).not.toContain('bias');
    expect(top).not.toContain('w:pain');
  });
});
