import { describe, expect, it } from 'vitest';
import { createHeaderReader } from '../../../src/extract/prior-treatments-sections.ts';

const read = createHeaderReader();

describe('treatment section headers', () => {
  it.each<[string | null, string | null]>([
    ['SHORT-TERM GOALS TO BE MET IN 2 WEEKS', 'plan'],
    ['EVALUATION/RECOMMENDATION', 'plan'],
    ['PROGNOSIS', 'plan'],
    ['DESCRIPTION OF THE PROCEDURE', 'steps'],
    ['INFORMED CONSENT', 'steps'],
    ['INDICATION FOR PROCEDURE', null],
    ['HISTORY OF PRESENT ILLNESS', null],
    [null, null],
  ])('%s -> %s', (header, role) => {
    expect(read(header)).toBe(role);
  });
});
