import { describe, expect, it } from 'vitest';
import { movement, opensUnasserted, sentenceFeatures, tokens, viewOf } from '../../../src/learn/features.ts';

describe('learned-reader features', () => {
  it('folds numbers to their shape, so a value is never a feature of its own', () => {
    expect(tokens('Sits 45 min, pain 7/10')).toEqual(['sits', '#', 'min', 'pain', '#/#']);
  });

  it('marks the words after a negation cue', () => {
    const f = sentenceFeatures({ text: 'Still unable to lift the box', section: null, contexts: [] });
    expect(f).toContain('n:to');
    expect(f).toContain('n:lift');
    expect(f).not.toContain('n:still');
    expect(sentenceFeatures({ text: 'Able to lift the box', section: null, contexts: [] })).not.toContain('n:lift');
  });

  it('adds the section and ConText categories', () => {
    const f = sentenceFeatures({ text: 'Walks farther.', section: 'subjective', contexts: ['historical'] });
    expect(f).toEqual(expect.arrayContaining(['s:subjective', 'c:historical', 'bias', 'b:walks_farther']));
  });

  it.each([
    ['Six-minute walk 200 m -> 310 m', 'up'],
    ['Tramadol from 4 tabs to 2 tabs a day', 'down'],
    ['Lifting 30 lb (was 15 lb)', 'up'],
    ['Sitting tolerance down to 10 min from 40 min', 'down'],
    ['Oswestry 30% today vs 30% at intake', 'same'],
    ['Tolerates 4 to 5 minutes of ball toss', null],
    ['Grip 30 kg right, 42 kg left', null],
  ])('reads which way a value moved: %s', (text, way) => {
    expect(movement(text)).toBe(way);
  });

  it('joins a movement with the words, so up-for-walking and down-for-Norco can both be gains', () => {
    const f = sentenceFeatures({ text: 'Norco from 4 to 2 per day', section: null, contexts: [] });
    expect(f).toEqual(expect.arrayContaining(['m:down', 'm:down:norco']));
  });

  it('reads an analysed sentence the same way at training and at run time', () => {
    const view = viewOf({ text: 'No gains.', section: { category: 'plan' }, triggers: [{ entry: { category: 'negated' } }, { entry: { category: 'negated' } }] });
    expect(view).toEqual({ text: 'No gains.', section: 'plan', contexts: ['negated'] });
  });
});

describe('opensUnasserted', () => {
  const trig = (start: number, category: string, direction = 'forward') => ({ start, entry: { category, direction } });
  it('skips a sentence that opens under a plan or a relative', () => {
    expect(opensUnasserted({ text: '1. Patient to increase sitting tolerance to 30 min.', triggers: [trig(3, 'hypothetical')] })).toBe(true);
    expect(opensUnasserted({ text: 'Her father walks with a cane.', triggers: [trig(4, 'family')] })).toBe(true);
  });
  it('reads a sentence whose plan or negation comes later', () => {
    expect(opensUnasserted({ text: 'She now walks two miles daily and will continue the program.', triggers: [trig(35, 'hypothetical')] })).toBe(false);
    expect(opensUnasserted({ text: 'No longer uses a cane.', triggers: [trig(0, 'negated')] })).toBe(false);
  });
});
