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

  it('keeps short charted lines apart when the next one starts a new statement', () => {
    const original = [
      'Pt seen today for follow-up of the right shoulder after the third injection in the series.',
      'QuickDASH 41 (55 at intake)',
      'PSFS 6.2 (3.0 at intake) - improved',
      'Grip R 40 lb',
      'and still limited overhead.',
    ].join('\n');
    expect(normalizeText(original).text.split('\n')).toEqual([
      'Pt seen today for follow-up of the right shoulder after the third injection in the series.',
      'QuickDASH 41 (55 at intake)',
      'PSFS 6.2 (3.0 at intake) - improved',
      // A lower-case continuation is still a wrap, however short the line above.
      'Grip R 40 lb and still limited overhead.',
    ]);
  });

  it('still joins a capitalised word wrapped from a full-width line', () => {
    const original = [
      'The injured worker was seen on 03/04/2025 for a follow-up evaluation and was examined by',
      'Dr. Lee, who noted tenderness over the lateral epicondyle and reduced grip strength on the right.',
      'Plan as below.',
    ].join('\n');
    expect(normalizeText(original).text.split('\n')[0]).toContain('examined by Dr. Lee');
  });

  it('keeps the break before a mixed-case label alone on its line', () => {
    // A diagnosis list without periods runs into "Plan:"; joining them hid the plan header, so
    // plan lines were read as diagnoses.
    const original = 'Dx:\n1) Lumbar sprain\n2) Left knee contusion\nPlan:\nHome exercise program';
    expect(normalizeText(original).text).toBe(original);
    expect(normalizeText('Pain worse with\nlifting boxes').text).toBe('Pain worse with lifting boxes');
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

// Line-break encodings found reviewing MTSamples notes (issue 3); fixture sentences are our own.
describe('normalizeText: transcription commas (mtsamples review)', () => {
  it('breaks before an ALL-CAPS heading glued to the previous text by a comma', () => {
    expect(normalizeText('Strain of the left wrist,EMPLOYER:,  Acme Foods,REQUESTED ALLOWANCE:,  Ganglion cyst.').text)
      .toBe('Strain of the left wrist\nEMPLOYER:\nAcme Foods\nREQUESTED ALLOWANCE:\nGanglion cyst.');
    expect(normalizeText('Is the sprain work related?,ANSWER: , Yes.').text).toBe('Is the sprain work related?\nANSWER: , Yes.');
    expect(normalizeText('DATE OF INJURY : June 2, 2011,DATE OF EXAMINATION : May 1, 2012').text)
      .toBe('DATE OF INJURY : June 2, 2011\nDATE OF EXAMINATION : May 1, 2012');
  });

  it('breaks between a colon-less ALL-CAPS heading and its numbered list', () => {
    expect(normalizeText('No rash.,HOME MEDICATIONS,1.  Lisinopril.,2.  Metformin.').text)
      .toBe('No rash.\nHOME MEDICATIONS\n1. Lisinopril.\n2. Metformin.');
    expect(normalizeText('Gait is normal.,IMPRESSION ,1.  Knee strain.').text).toBe('Gait is normal.\nIMPRESSION\n1. Knee strain.');
  });

  it('breaks on a run of commas and spaces after a sentence end', () => {
    const original = 'Pain is 5/10., ,VITAL SIGNS: , Stable.  Mild at rest. ,2.  Worse with lifting. , ,He drives.';
    const n = normalizeText(original);
    expect(n.text).toBe('Pain is 5/10.\nVITAL SIGNS: , Stable. Mild at rest.\n2. Worse with lifting.\nHe drives.');
    expect(roundTrip(original, 'He drives.')).toBe('He drives.');
  });

  it('leaves ordinary commas alone', () => {
    for (const text of ['Seen by Dr. Lee, M.D., Jones agreed.', 'Latency 3.0, amplitude 2.5, velocity 51.', 'NO, THANK YOU. LOW BACK PAIN, 1 week.']) {
      expect(normalizeText(text).text).toBe(text);
    }
  });

  it('does not join a labelled line ("MEDICATIONS:", "PLAN Additional") onto the line above', () => {
    expect(normalizeText('Chronic neck pain\nMEDICATIONS: Norco 10/325').text).toBe('Chronic neck pain\nMEDICATIONS: Norco 10/325');
    expect(normalizeText('Patient stable\nPLAN Additional acupuncture x6').text).toBe('Patient stable\nPLAN Additional acupuncture x6');
  });
});
