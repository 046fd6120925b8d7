import { describe, expect, it } from 'vitest';
import { createSentenceSplitter } from '../../../src/text/sentences.ts';

const split = createSentenceSplitter();
const sentences = (text: string) => split(text).map((r) => text.slice(r.start, r.end));

describe('sentence splitting', () => {
  it('survives titles, dosing abbreviations, levels and scores', () => {
    expect(sentences('Seen by Dr. Lee for L4-5 disc protrusion. Pain is 5/10 today.')).toEqual([
      'Seen by Dr. Lee for L4-5 disc protrusion.', 'Pain is 5/10 today.',
    ]);
    expect(sentences('Naproxen 550 mg p.o. b.i.d. as needed for pain.')).toHaveLength(1);
  });

  it('ends a sentence after a dosing abbreviation when a capital follows', () => {
    expect(sentences('Naproxen 550 mg b.i.d. He reports relief.')).toEqual(['Naproxen 550 mg b.i.d.', 'He reports relief.']);
  });

  it('keeps decimals and initials inside a sentence', () => {
    expect(sentences('Creatinine was 1.9 per J. Smith on review.')).toHaveLength(1);
  });

  it('ends a sentence at a line break', () => {
    expect(sentences('DIAGNOSES:\n1. Cervical strain')).toEqual(['DIAGNOSES:', '1. Cervical strain']);
  });
});

describe('sentence splitting (mtsamples review)', () => {
  it('does not split a postal box abbreviation, but still splits a dosing abbreviation before a capital', () => {
    const cut = (t: string) => split(t).map((r) => t.slice(r.start, r.end));
    expect(cut('Reply to P.O. Box 77, Fresno. The report follows.')).toEqual(['Reply to P.O. Box 77, Fresno.', 'The report follows.']);
    expect(cut('Take one tablet p.o. He agrees.')).toEqual(['Take one tablet p.o.', 'He agrees.']);
  });
});
