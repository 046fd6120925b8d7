import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/report/gold-export.ts';

describe('isoDate (header and metadata dates)', () => {
  it('reads header forms with the extractors\' parser and keeps ISO dates', () => {
    expect(isoDate('10/13/2016')).toBe('2016-10-13');
    expect(isoDate('3-5-13')).toBe('2013-03-05');
    expect(isoDate('2016-10-13')).toBe('2016-10-13');
  });

  it('gives null for partial, impossible or absent dates', () => {
    expect(isoDate('10/2016')).toBeNull();
    expect(isoDate('02/30/2016')).toBeNull();
    expect(isoDate('01/01/1949')).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});
