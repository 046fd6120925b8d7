import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalRange } from '../../../src/text/normalize.ts';

/** Every normalised range must point at the same words in the original. */
function roundTrip(original: string, phrase: string): string {
  const n = normalizeText(original);
  const i = n.text.indexOf(phrase);
  expect(i, `"${phrase}" in ${JSON.stringify(n.text)}`).toBeGreaterThanOrEqual(0);
  const r = toOriginalRange(n, i, i + phrase.length);
  return original.slice(r.start, r.end);
}

describe('normalizeText', () => {
  it('joins a hard wrap inside a sentence and keeps offsets', () => {
    const original = 'He completed 12 previous\nacupuncture treatments.';
    expect(normalizeText(original).text).toBe('He completed 12 previous acupuncture treatments.');
    expect(roundTrip(original, 'previous acupuncture')).toBe('previous\nacupuncture');
  });

  it('joins across the blank lines a PDF text layer inserts', () => {
    const original = 'a 43-year-old male with a date \n\nof injury of 3/5/13.';
    expect(normalizeText(original).text).toBe('a 43-year-old male with a date of injury of 3/5/13.');
  });

  it('joins a word hyphenated across lines', () => {
    const original = 'The patient tolerated the treat-\nment well.';
    expect(normalizeText(original).text).toBe('The patient tolerated the treatment well.');
    expect(roundTrip(original, 'treatment')).toBe('treat-\nment');
  });

  it('joins a sentence broken across a page', () => {
    const original = 'She reports 50% relief\ffrom the injection.';
    expect(normalizeText(original).text).toBe('She reports 50% relief from the injection.');
    expect(roundTrip(original, 'relief from')).toBe('relief\ffrom');
  });

  it('keeps line breaks after a sentence end, around headers and before list items', () => {
    const original = 'DIAGNOSES:\n1. Lumbar strain.\n2. Myalgia\nPLAN\nContinue therapy.';
    expect(normalizeText(original).text).toBe('DIAGNOSES:\n1. Lumbar strain.\n2. Myalgia\nPLAN\nContinue therapy.');
  });

  it('turns transcription commas after a period or colon into line breaks', () => {
    const n = normalizeText('MEDICATIONS:,  1.  Norco.,2.  Motrin.');
    expect(n.text).toBe('MEDICATIONS:\n1. Norco.\n2. Motrin.');
    expect(n.map.length).toBe(n.text.length + 1);
  });

  it('collapses runs of spaces without losing the mapping', () => {
    const original = 'Pain   rated 7/10.';
    expect(roundTrip(original, 'rated 7/10')).toBe('rated 7/10');
  });
});
