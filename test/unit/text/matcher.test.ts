import { describe, expect, it } from 'vitest';
import { createMatcher, sharedMatcher } from '../../../src/text/matcher.ts';

const entry = (id: string, literals: string[], patterns: string[] = []) => ({ id, example: 'x', literals, patterns });

describe('createMatcher', () => {
  it('matches literals on word boundaries, case-insensitively, across any whitespace', () => {
    const m = createMatcher([entry('pt', ['physical therapy'])]);
    expect(m.findAll('PHYSICAL\n THERAPY x8').map((x) => x.text)).toEqual(['PHYSICAL\n THERAPY']);
    expect(m.findAll('nonphysical therapy')).toEqual([]);
  });

  it('prefers the longest match, then the earlier entry', () => {
    const m = createMatcher([entry('short', ['therapy']), entry('long', ['physical therapy'])]);
    expect(m.findAll('physical therapy').map((x) => x.entry.id)).toEqual(['long']);
  });

  it('returns overlapping matches when asked', () => {
    const m = createMatcher([entry('short', ['therapy']), entry('long', ['physical therapy'])]);
    expect(m.findAll('physical therapy', { overlaps: true })).toHaveLength(2);
  });

  it('exposes named groups of patterns', () => {
    const m = createMatcher([entry('count', [], ['x\\s*(?<n>\\d+)'])]);
    expect(m.findAll('PT x 8')[0].groups.n).toBe('8');
  });
});

describe('sharedMatcher', () => {
  it('compiles one entry list once and finds what createMatcher finds', () => {
    const drugs = [entry('norco', ['Norco']), entry('ibu', ['ibuprofen', 'Motrin'])];
    const a = sharedMatcher(drugs);
    expect(sharedMatcher(drugs)).toBe(a);
    expect(sharedMatcher([...drugs])).not.toBe(a);
    const text = 'Norco 10/325 and Motrin, then ibuprofen again';
    expect(a.findAll(text)).toEqual(createMatcher(drugs).findAll(text));
    // A second search restarts from the beginning although the expressions are shared.
    expect(a.findAll(text).map((m) => m.text)).toEqual(['Norco', 'Motrin', 'ibuprofen']);
  });
});
