import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAt } from '../../../src/core/document.ts';
import { readDocument } from '../../../src/intake/index.ts';
import type { OcrEngine } from '../../../src/intake/ocr/index.ts';
import { makeScannedPdf } from '../../fixtures/ocr/make-scanned-pdf.ts';
import { createTmpDir, expectCode } from '../../fixtures/intake/tmp-files.ts';

const tmp = createTmpDir();
afterAll(() => tmp.cleanup());

/** A scripted engine: returns `reply` for each page, records calls, never closes unless asked. */
function fakeEngine(reply: (call: number) => { text: string; confidence: number } | Error) {
  const calls: number[] = [];
  const engine: OcrEngine & { calls: number[]; closed: number } = {
    name: 'fake',
    calls,
    closed: 0,
    async recognize(png, options) {
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      calls.push(Math.round(options?.dpi ?? 0));
      const r = reply(calls.length);
      if (r instanceof Error) throw r;
      return r;
    },
    async close() {
      engine.closed++;
    },
  };
  return engine;
}

let mixed: string;
beforeAll(async () => {
  mixed = tmp.write('mixed.pdf', await makeScannedPdf([
    { text: ['Text layer page: lumbar pain.'] },
    { scan: ['Scanned page one.'] },
    { blank: true },
    { scan: ['Scanned page two.'] },
  ], { dpi: 72 }));
});

describe('readDocument: PDF pages without a text layer', () => {
  it('OCRs only the empty, non-blank pages, at 300 DPI, and keeps page numbers', async () => {
    const engine = fakeEngine((n) => ({ text: `ocr text ${n}\n`, confidence: 0.5 + n / 10 }));
    const doc = await readDocument(mixed, { ocr: engine });
    expect(engine.calls).toEqual([300, 300]);
    expect(engine.closed).toBe(0);
    expect(doc.pages.map((p) => p.ocrConfidence)).toEqual([null, 0.6, null, 0.7]);
    expect(doc.text.slice(doc.pages[0].start, doc.pages[0].end)).toContain('Text layer page');
    expect(pageAt(doc, doc.text.indexOf('ocr text 1')).number).toBe(2);
    expect(pageAt(doc, doc.text.indexOf('ocr text 2')).number).toBe(4);
    expect(doc.pages[2].start).toBe(doc.pages[2].end);
  });

  it('ocr: false leaves scanned pages empty, and an all-scanned PDF is EMPTY_INPUT', async () => {
    const doc = await readDocument(mixed, { ocr: false });
    expect(doc.pages.every((p) => p.ocrConfidence === null)).toBe(true);
    const scanned = tmp.write('scanned.pdf', await makeScannedPdf([{ scan: ['Only a picture of text.'] }], { dpi: 72 }));
    await expectCode(readDocument(scanned, { ocr: false }), 'PRESCREEN_ERR_EMPTY_INPUT', scanned);
  });

  it('PRESCREEN_OCR=off turns OCR off unless the caller asks for it', async () => {
    const saved = process.env.PRESCREEN_OCR;
    process.env.PRESCREEN_OCR = 'off';
    try {
      const off = await readDocument(mixed);
      expect(off.pages.every((p) => p.ocrConfidence === null)).toBe(true);
      const engine = fakeEngine(() => ({ text: 'read anyway', confidence: 0.9 }));
      expect((await readDocument(mixed, { ocr: engine })).pages[1].ocrConfidence).toBe(0.9);
    } finally {
      if (saved === undefined) delete process.env.PRESCREEN_OCR;
      else process.env.PRESCREEN_OCR = saved;
    }
  });

  it('OCR that finds nothing keeps the page empty; no text anywhere is EMPTY_INPUT', async () => {
    const file = tmp.write('blank-scan.pdf', await makeScannedPdf([{ scan: ['Faint text.'] }, { blank: true }], { dpi: 72 }));
    const engine = fakeEngine(() => ({ text: '  \n', confidence: 0 }));
    await expectCode(readDocument(file, { ocr: engine }), 'PRESCREEN_ERR_EMPTY_INPUT', file);
    expect(engine.calls).toHaveLength(1);
  });

  it('an engine failure is OCR_FAILED naming the file and page, without the engine message', async () => {
    const engine = fakeEngine(() => new Error('engine echoed Scanned page one'));
    await expectCode(readDocument(mixed, { ocr: engine }), 'PRESCREEN_ERR_OCR_FAILED', mixed, 'Scanned');
    await readDocument(mixed, { ocr: engine }).catch((e: Error) => expect(e.message).toContain('page 2'));
  });
});
