import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_SEPARATOR, pageAt } from '../../../src/core/document.ts';
import { readDocument } from '../../../src/intake/index.ts';
import { makePdf } from '../../fixtures/intake/make-pdf.ts';
import { createTmpDir, expectCode } from '../../fixtures/intake/tmp-files.ts';

const tmp = createTmpDir();
afterAll(() => tmp.cleanup());

const PAGES = [
  ['Progress report (synthetic).', 'Chief complaint: lumbar pain.'],
  ['Second page: pain 7/10 without medication.'],
  [],
  ['Fourth page: plan includes acupuncture.'],
];

describe('readDocument: PDF', () => {
  it('gives one page per PDF page, joined by form feeds, with page-aware offsets', async () => {
    const doc = await readDocument(tmp.write('report.pdf', makePdf(PAGES)), { id: 'doc-2' });
    expect(doc).toMatchObject({ id: 'doc-2', source: 'report.pdf', kind: 'pdf' });
    expect(doc.pages).toHaveLength(4);
    expect(doc.text.split(PAGE_SEPARATOR)).toHaveLength(4);
    expect(doc.pages.every((p) => p.ocrConfidence === null)).toBe(true);
    const second = doc.text.indexOf('pain 7/10');
    expect(second).toBeGreaterThan(0);
    expect(pageAt(doc, second).number).toBe(2);
    expect(doc.text.slice(doc.pages[1].start, doc.pages[1].end)).toContain('Second page: pain 7/10');
    // The page without a text layer stays empty, and later pages keep their numbers.
    expect(doc.pages[2].start).toBe(doc.pages[2].end);
    expect(pageAt(doc, doc.text.indexOf('acupuncture')).number).toBe(4);
    expect(doc.text).toContain('Progress report (synthetic).\nChief complaint');
  });

  it('recognises a PDF without a .pdf name by its header', async () => {
    const doc = await readDocument(tmp.write('download', makePdf([['Only page.']])));
    expect(doc.kind).toBe('pdf');
    expect(doc.text).toContain('Only page.');
  });
});

describe('readDocument: PDF errors', () => {
  it('encrypted PDF: ENCRYPTED_PDF', async () => {
    const file = tmp.write('locked.pdf', makePdf([['Confidential line']], { encrypted: true }));
    await expectCode(readDocument(file), 'PRESCREEN_ERR_ENCRYPTED_PDF', file, 'Confidential');
  });

  it('corrupt or truncated PDF: UNREADABLE', async () => {
    const garbage = tmp.write('garbage.pdf', '%PDF-1.4\nnot really a pdf\n');
    await expectCode(readDocument(garbage), 'PRESCREEN_ERR_UNREADABLE', garbage);
    const truncated = tmp.write('truncated.pdf', makePdf([['Cut short']]).subarray(0, 60));
    await expectCode(readDocument(truncated), 'PRESCREEN_ERR_UNREADABLE', truncated);
  });

  it('.pdf name without the %PDF- header: NOT_A_PDF, without content', async () => {
    const file = tmp.write('letter.pdf', 'Dear doctor, the patient reports private details.');
    await expectCode(readDocument(file), 'PRESCREEN_ERR_NOT_A_PDF', file, 'private');
  });

  it('PDF with no text on any page: EMPTY_INPUT', async () => {
    const file = tmp.write('scanned.pdf', makePdf([[], []]));
    await expectCode(readDocument(file), 'PRESCREEN_ERR_EMPTY_INPUT', file);
  });

  it('empty .pdf file: EMPTY_INPUT; oversized PDF: TOO_LARGE', async () => {
    const empty = tmp.write('zero.pdf', '');
    await expectCode(readDocument(empty), 'PRESCREEN_ERR_EMPTY_INPUT', empty);
    const big = tmp.write('big.pdf', makePdf(PAGES));
    await expectCode(readDocument(big, { maxBytes: 100 }), 'PRESCREEN_ERR_TOO_LARGE', big);
  });
});
