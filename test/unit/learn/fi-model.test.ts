import { describe, expect, it } from 'vitest';
import { readSentence, trainFiModel, type LabelledSentence } from '../../../src/learn/fi-model.ts';

const view = (text: string) => ({ text, section: null, contexts: [] });
const gain = (text: string): LabelledSentence => ({ view: view(text), pairs: [{ dimension: 'activity_tolerance', direction: 'improved' }] });
const loss = (text: string): LabelledSentence => ({ view: view(text), pairs: [{ dimension: 'activity_tolerance', direction: 'not_improved' }] });
const none = (text: string): LabelledSentence => ({ view: view(text), pairs: [] });

const rows: LabelledSentence[] = [];
for (let i = 0; i < 6; i++) {
  rows.push(gain('Now walks farther than before'), gain('Sitting tolerance increased, walks farther'));
  rows.push(loss('Still cannot walk farther than one block'), loss('Walking tolerance unchanged, still cannot walk far'));
  rows.push(none('Pain is sharp and burning'), none('Follow up in four weeks'), none('Blood pressure normal'));
}
const model = { ...trainFiModel(rows, { epochs: 15, rate: 0.3, l2: 1e-4, positiveWeight: 1 }), threshold: 0.5 };

describe('learned FI sentence reader', () => {
  it('reads a dimension and its direction from the words', () => {
    expect(readSentence(model, view('Now walks farther than before'))).toMatchObject([{ dimension: 'activity_tolerance', direction: 'improved' }]);
    expect(readSentence(model, view('Still cannot walk farther'))).toMatchObject([{ dimension: 'activity_tolerance', direction: 'not_improved' }]);
  });

  it('reads nothing in a sentence with no evidence', () => {
    expect(readSentence(model, view('Pain is sharp and burning'))).toEqual([]);
  });

  it('gives the words that weighed most as its reasons', () => {
    const [r] = readSentence(model, view('Now walks farther than before'));
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.reasons.every((f) => f !== 'bias')).toBe(true);
  });

  it('drops a word seen in fewer sentences than the minimum count', () => {
    const trained = trainFiModel([...rows, gain('Zyzzyva tolerance increased')], { epochs: 5, rate: 0.3, l2: 1e-4, positiveWeight: 1 });
    expect(trained.dimensions.activity_tolerance.weights['w:zyzzyva']).toBeUndefined();
  });
});

describe('direction threshold', () => {
  it('reads nothing when the direction model is not sure enough of the direction', () => {
    expect(readSentence({ ...model, directionThreshold: 0.99 }, view('Walks farther'))).toEqual([]);
    expect(readSentence({ ...model, directionThreshold: 0 }, view('Walks farther')).length).toBeGreaterThan(0);
  });
});
