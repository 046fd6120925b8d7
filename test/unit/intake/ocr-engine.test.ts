import { describe, expect, it } from 'vitest';
import { isPrescreenError } from '../../../src/core/errors.ts';
import {
  createOcrEngine, createTesseractCliEngine, hasTesseractCli, inkShare, ocrModeFromEnv, parseTesseractTsv, textSimilarity,
} from '../../../src/intake/ocr/index.ts';
import { toUnitConfidence } from '../../../src/intake/ocr/ocr-engine.ts';
import { renderLines } from '../../fixtures/ocr/make-scanned-pdf.ts';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (level: number, block: number, par: number, line: number, word: number, conf: number, text = '') =>
  [level, 1, block, par, line, word, 0, 0, 10, 10, conf, text].join('\t');

describe('parseTesseractTsv', () => {
  it('joins words by spaces, lines by newlines, paragraphs by a blank line; mean word confidence', () => {
    const tsv = [
      HEADER,
      row(1, 0, 0, 0, 0, -1),
      row(4, 1, 1, 1, 0, -1),
      row(5, 1, 1, 1, 1, 90, 'Pain'),
      row(5, 1, 1, 1, 2, 80, '7/10.'),
      row(5, 1, 1, 2, 1, 70, 'Next'),
      row(5, 1, 2, 1, 1, 60, 'Plan:'),
      row(5, 2, 1, 1, 1, 50, 'acupuncture'),
      row(5, 2, 1, 1, 2, 95, ' '),
      '',
    ].join('\n');
    const r = parseTesseractTsv(tsv);
    expect(r.text).toBe('Pain 7/10.\nNext\n\nPlan:\n\nacupuncture');
    expect(r.confidence).toBeCloseTo(0.7, 10);
  });

  it('a page without words gives empty text and confidence 0', () => {
    expect(parseTesseractTsv(`${HEADER}\n${row(1, 0, 0, 0, 0, -1)}\n`)).toEqual({ text: '', confidence: 0 });
  });

  it('confidences are clamped into 0..1', () => {
    expect([toUnitConfidence(96.5), toUnitConfidence(-3), toUnitConfidence(140), toUnitConfidence(Number.NaN)]).toEqual([0.965, 0, 1, 0]);
  });
});

describe('engine selection', () => {
  it('PRESCREEN_OCR defaults to auto, accepts the four modes, refuses others', () => {
    expect(ocrModeFromEnv({})).toBe('auto');
    expect(ocrModeFromEnv({ PRESCREEN_OCR: '' })).toBe('auto');
    expect(ocrModeFromEnv({ PRESCREEN_OCR: 'Tesseract-CLI' })).toBe('tesseract-cli');
    expect(ocrModeFromEnv({ PRESCREEN_OCR: 'off' })).toBe('off');
    expect(() => ocrModeFromEnv({ PRESCREEN_OCR: 'abbyy' })).toThrow(/PRESCREEN_ERR_INVALID_CONFIG.*PRESCREEN_OCR/);
  });

  it('off gives no engine; tesseract-js gives the npm backend; auto picks the CLI only when present', async () => {
    expect(await createOcrEngine('off')).toBeNull();
    const js = await createOcrEngine('tesseract-js');
    expect(js?.name).toBe('tesseract-js');
    await js?.close(); // never started: closing is a no-op
    const auto = await createOcrEngine('auto');
    expect(auto?.name).toBe((await hasTesseractCli()) ? 'tesseract-cli' : 'tesseract-js');
    await auto?.close();
  });

  it('a missing tesseract binary is detected, and running it is OCR_FAILED', async () => {
    expect(await hasTesseractCli('/nonexistent/tesseract')).toBe(false);
    const e = await createTesseractCliEngine('/nonexistent/tesseract').recognize(Buffer.from('x')).catch((err: unknown) => err);
    expect(isPrescreenError(e) && e.code).toBe('PRESCREEN_ERR_OCR_FAILED');
  });
});

describe('inkShare', () => {
  it('is zero for a blank render and clearly positive for a line of text', async () => {
    expect(inkShare(await renderLines([], 72))).toBe(0);
    const ink = inkShare(await renderLines(['Cervical facet syndrome, tenderness on the right.'], 72));
    expect(ink).toBeGreaterThan(1e-4);
    expect(ink).toBeLessThan(0.05);
  });

  it('treats what it cannot decode as ink, so such pages are OCR-ed rather than dropped', () => {
    expect(inkShare(Buffer.from('not a png at all, but long enough to have a header'))).toBe(1);
  });
});

describe('textSimilarity', () => {
  it('ignores whitespace differences and counts character edits', () => {
    expect(textSimilarity('Pain  7/10\n\fwith meds', ' Pain 7/10 with meds ')).toBe(1);
    expect(textSimilarity('Tenderness', 'Tendemess')).toBeCloseTo(0.8, 10);
    expect(textSimilarity('', '')).toBe(1);
  });
});

describe.runIf(await hasTesseractCli())('tesseract-cli backend (system tesseract present)', () => {
  it('reads a rendered line with a confidence in (0, 1]', async () => {
    const engine = createTesseractCliEngine();
    const r = await engine.recognize(await renderLines(['Naproxen 550 mg twice daily.']), { dpi: 300 });
    expect(r.text).toContain('Naproxen 550 mg');
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  }, 60_000);
});
