import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageAt } from '../../../src/core/document.ts';
import { readDocument } from '../../../src/intake/index.ts';
import { createTmpDir, expectCode, FIXTURES } from '../../fixtures/intake/tmp-files.ts';

const tmp = createTmpDir();
afterAll(() => tmp.cleanup());

describe('readDocument: text and Markdown', () => {
  it('reads Markdown as kind markdown with the text kept as is', async () => {
    const file = join(FIXTURES, 'progress-note.md');
    const doc = await readDocument(file, { id: 'doc-7' });
    expect(doc).toMatchObject({ id: 'doc-7', source: 'progress-note.md', kind: 'markdown' });
    expect(doc.text).toContain('**Patient:** 47-year-old');
    expect(doc.text).toContain('## Plan\n');
    expect(doc.pages).toEqual([{ number: 1, start: 0, end: doc.text.length, ocrConfidence: null }]);
  });

  it('reads .txt and files without a known extension as text', async () => {
    const txt = await readDocument(join(FIXTURES, 'visit-note.txt'));
    expect(txt).toMatchObject({ id: 'doc-1', kind: 'text' });
    expect(txt.text.startsWith('Follow-up visit')).toBe(true);
    const bare = await readDocument(tmp.write('note-without-extension', 'Pain 3/10 today.\n'));
    expect(bare.kind).toBe('text');
    expect(bare.text).toBe('Pain 3/10 today.\n');
  });

  it('splits pages at form feeds without changing the text', async () => {
    const text = 'First page line.\fSecond page line.\fThird.';
    const doc = await readDocument(tmp.write('exported.txt', text));
    expect(doc.text).toBe(text);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pageAt(doc, text.indexOf('Second')).number).toBe(2);
  });

  it('decodes Windows-1252 when the bytes are not UTF-8', async () => {
    const doc = await readDocument(tmp.write('legacy.txt', Buffer.from('Temperature 98.6\xb0F, caf\xe9', 'latin1')));
    expect(doc.text).toBe('Temperature 98.6°F, café');
  });

  it('drops a UTF-8 byte-order mark and decodes UTF-16 with one', async () => {
    const utf8 = await readDocument(tmp.write('bom8.txt', Buffer.from('\ufeffHello', 'utf8')));
    expect(utf8.text).toBe('Hello');
    const utf16 = await readDocument(tmp.write('bom16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Knee pain', 'utf16le')])));
    expect(utf16.text).toBe('Knee pain');
  });
});

describe('readDocument: text errors', () => {
  it('missing file: FILE_NOT_FOUND', async () => {
    const file = join(tmp.dir, 'nope.txt');
    await expectCode(readDocument(file), 'PRESCREEN_ERR_FILE_NOT_FOUND', file);
  });

  it('empty and whitespace-only files: EMPTY_INPUT', async () => {
    const empty = tmp.write('empty.txt', '');
    await expectCode(readDocument(empty), 'PRESCREEN_ERR_EMPTY_INPUT', empty);
    const blank = tmp.write('blank.md', ' \n\t\r\n  ');
    await expectCode(readDocument(blank), 'PRESCREEN_ERR_EMPTY_INPUT', blank);
  });

  it('NUL bytes or known binary formats in a text file: UNSUPPORTED_TYPE, without content', async () => {
    const nul = tmp.write('binary.txt', Buffer.from('Diagnosis secret\u0000\u0000\u0001more', 'latin1'));
    await expectCode(readDocument(nul), 'PRESCREEN_ERR_UNSUPPORTED_TYPE', nul, 'secret');
    const png = tmp.write('scan', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41]));
    await expectCode(readDocument(png), 'PRESCREEN_ERR_UNSUPPORTED_TYPE', png);
    const controls = tmp.write('controls.txt', Buffer.from('ab\u0001\u0002\u0003cd\u0004\u0005', 'latin1'));
    await expectCode(readDocument(controls), 'PRESCREEN_ERR_UNSUPPORTED_TYPE', controls);
  });

  it('larger than maxBytes: TOO_LARGE', async () => {
    const file = tmp.write('big.txt', 'x'.repeat(2048));
    await expectCode(readDocument(file, { maxBytes: 1024 }), 'PRESCREEN_ERR_TOO_LARGE', file);
    await expect(readDocument(file, { maxBytes: 2048 })).resolves.toMatchObject({ kind: 'text' });
  });

  it('larger than the 50 MiB default: TOO_LARGE from stat, before the (NUL) content is read', async () => {
    const file = tmp.write('sparse.txt', '');
    truncateSync(file, 50 * 1024 * 1024 + 1);
    await expectCode(readDocument(file), 'PRESCREEN_ERR_TOO_LARGE', file);
  });

  it('a directory: UNREADABLE', async () => {
    await expectCode(readDocument(tmp.dir), 'PRESCREEN_ERR_UNREADABLE', tmp.dir);
  });
});
