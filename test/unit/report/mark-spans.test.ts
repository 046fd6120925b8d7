import { describe, expect, it } from 'vitest';
import { markText, type MarkSpan } from '../../../src/report/html/mark-spans.ts';

const span = (start: number, end: number, id: string): MarkSpan => ({ start, end, id, factId: id, cls: 'fact', title: id });
const strip = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('markText', () => {
  it('wraps a range and escapes the text around it', () => {
    const out = markText('a <b> c', [span(2, 5, 'x')]);
    expect(out).toBe('a <mark id="x" class="fact" data-fact="x" title="x">&lt;b&gt;</mark> c');
  });

  it('nests a range inside another and keeps both ids', () => {
    const text = 'a 51-year-old female';
    const out = markText(text, [span(0, text.length, 'outer'), span(2, 13, 'inner')]);
    expect(out.indexOf('id="outer"')).toBeLessThan(out.indexOf('id="inner"'));
    expect(strip(out)).toBe(text);
  });

  it('splits a crossing range at the end of the open one, the id on its first piece', () => {
    const text = 'abcdefghij';
    const out = markText(text, [span(0, 5, 'a'), span(3, 8, 'b')]);
    expect(strip(out)).toBe(text);
    expect(out.match(/<mark/g)).toHaveLength(3);
    expect(out.match(/id="b"/g)).toHaveLength(1);
    // Well nested: every </mark> closes the latest open mark.
    let depth = 0;
    for (const tag of out.match(/<\/?mark/g)!) {
      depth += tag === '<mark' ? 1 : -1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('clips ranges past the end and drops empty ones', () => {
    expect(strip(markText('abc', [span(1, 99, 'x'), span(2, 2, 'y')]))).toBe('abc');
    expect(markText('abc', [span(2, 2, 'y')])).toBe('abc');
  });
});
