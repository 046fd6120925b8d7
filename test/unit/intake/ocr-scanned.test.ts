/**
 * Real OCR, end to end: a fixture note is typeset, rendered to a slightly skewed 200-DPI scan,
 * wrapped into an image-only PDF, and screened; the facts must be those of the text file. Slow on
 * purpose (a few seconds per page and backend); prints seconds per page, asserts no timing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseResult } from '../../../src/core/case-result.ts';
import { buildCaseInput } from '../../../src/intake/index.ts';
import { hasTesseractCli, textSimilarity } from '../../../src/intake/ocr/index.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';
import { createTmpDir } from '../../fixtures/intake/tmp-files.ts';
import { makeScannedPdf } from '../../fixtures/ocr/make-scanned-pdf.ts';

const NOTE = fileURLToPath(new URL('../../../corpora/samples/acupuncture-progress-note.txt', import.meta.url));
const tmp = createTmpDir();
const pipeline = createPipeline();
const cliAvailable = await hasTesseractCli();
if (!cliAvailable) console.warn('ocr-scanned: no `tesseract` with English data on PATH; tesseract-cli backend test skipped');

/** Facts as comparable keys: type and value, position-free, sorted. */
const keys = (r: CaseResult) => r.facts.map((f) => `${f.type} ${JSON.stringify(f.value)}`).sort();

let scanned: string;
let expected: string[];
beforeAll(async () => {
  scanned = tmp.write('scanned-note.pdf', await makeScannedPdf([{ scan: readFileSync(NOTE, 'utf8').split('\n') }], { dpi: 200, skewDegrees: -1 }));
  expected = keys(pipeline.run(await buildCaseInput({ files: [NOTE], requests: [] })));
}, 60_000);
afterAll(() => tmp.cleanup());

async function screenWith(mode: string) {
  const saved = process.env.PRESCREEN_OCR;
  process.env.PRESCREEN_OCR = mode;
  try {
    const started = performance.now();
    const input = await buildCaseInput({ files: [scanned], requests: [] });
    console.log(`ocr-scanned: ${mode}: ${((performance.now() - started) / 1000).toFixed(1)} s for 1 page (rendering included)`);
    return { input, result: pipeline.run(input) };
  } finally {
    if (saved === undefined) delete process.env.PRESCREEN_OCR;
    else process.env.PRESCREEN_OCR = saved;
  }
}

describe.each([
  { mode: 'tesseract-js', available: true },
  { mode: 'tesseract-cli', available: cliAvailable },
])('scanned PDF through $mode', ({ mode, available }) => {
  it.skipIf(!available)('gives the facts of the text version, each with the page OCR confidence', async () => {
    const { input, result } = await screenWith(mode);
    const doc = input.documents[0];
    expect(doc.pages).toHaveLength(1);
    expect(textSimilarity(doc.text, readFileSync(NOTE, 'utf8'))).toBeGreaterThanOrEqual(0.95);
    expect(expected.length).toBeGreaterThan(0);
    expect(keys(result)).toEqual(expected);
    const confidence = doc.pages[0].ocrConfidence;
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
    expect(result.documents[0].ocrPages).toBe(1);
    expect(result.facts.every((f) => f.confidence === confidence && f.span.page === 1)).toBe(true);
  }, 120_000);
});
