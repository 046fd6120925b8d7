import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createWorkStatusExtractor } from '../../../src/extract/work-status.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';

/**
 * Check-box work-status forms: a box belongs to the label after it on a line that starts with a
 * box, and to the label before it on a line that starts with a label. Only the ticked one counts.
 */
const analyze = createAnalyzer();
const extractor = createWorkStatusExtractor({});
const categories = (text: string) =>
  extractor.extract(analyze(createDocument({ id: 'd1', source: 't.txt', kind: 'text', pages: [{ text }] })))
    .map((c) => (c.type === 'work_status' ? c.value.category : null));

describe('work status: the box after its label', () => {
  it.each([
    ['TTD [ ]  Modified [X]  Full duty [ ]', ['modified_duty']],
    ['Work status: TTD [ ]  Modified [X]  Full duty [ ]', ['modified_duty']],
    ['TTD: [ ] Modified duty: [x] Regular: [ ]', ['modified_duty']],
    ['Off work ☐ Modified ☒', ['modified_duty']],
    ['TTD [X]  Modified [ ]  Full duty [ ]', ['ttd']],
    ['Full duty [x] Modified duty [ ] Off work [ ]', ['full_duty']],
    ['TTD [ ]  Light [ ]  Regular [X]', ['full_duty']],
    ['Off [X]  Modified [ ]  Full [ ]', ['ttd']],
    ['TTD (X) Modified duty ( )', ['ttd']],
    ['Work status:\nTTD [ ]\nModified duty [X]\nRegular duty [ ]', ['modified_duty']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('work status: the box before its label', () => {
  it.each([
    ['[X] Modified duty [ ] TTD [ ] Full duty', ['modified_duty']],
    ['Work status: [ ] TTD [X] Modified [ ] Full duty', ['modified_duty']],
    ['Work status: [ ] Modified duty [x] TTD', ['ttd']],
    ['Work status: ☐ Full duty ☒ Light duty ☐ Off work', ['modified_duty']],
    ['Disability: ( ) TTD (X) Modified duty ( ) Full duty', ['modified_duty']],
    ['[ ] TTD [ ] Modified [X] Regular', ['full_duty']],
    // A status label heading the form names it: the boxes after it still lead their labels.
    ['Work restrictions: [ ] TTD [x] Modified duty', ['modified_duty']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('work status: boxes that tick no status', () => {
  it('does not read a ticked exam finding as a status', () => {
    expect(categories('[X] Limited range of motion [ ] Full strength')).toEqual([]);
  });
  it('states nothing when every box is empty', () => {
    expect(categories('TTD [ ]  Modified [ ]  Full duty [ ]')).toEqual([]);
    expect(categories('[ ] TTD [ ] Modified duty [ ] Full duty')).toEqual([]);
  });
});

describe('work status: "May" the month is no future', () => {
  it('lets a release or P&S dated in May end the earlier status', () => {
    expect(categories('He was on light duty since March. He returned to full duty on May 5.')).toEqual(['full_duty']);
    expect(categories('He has been TTD since surgery. He was found permanent and stationary on May 12, 2025.')).toEqual(['permanent_and_stationary']);
  });
  it('keeps the earlier status when the modal "may" makes the P&S a future one', () => {
    expect(categories('He has been TTD since surgery. He may be permanent and stationary next month.')[0]).toBe('ttd');
  });
});
