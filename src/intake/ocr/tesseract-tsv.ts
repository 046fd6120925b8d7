import type { OcrResult } from './ocr-engine.ts';
import { toUnitConfidence } from './ocr-engine.ts';

/** Column positions of tesseract's TSV output (header line: level page_num block_num ...). */
const COL = { level: 0, block: 2, par: 3, line: 4, conf: 10, text: 11 } as const;
const WORD_LEVEL = '5';

/**
 * Turns tesseract's TSV output into page text and a confidence. Words of one line are joined by
 * spaces, lines by `\n`, paragraphs and blocks by a blank line (the layout tesseract's own text
 * output has). The confidence is the mean word confidence, as tesseract's `MeanTextConf` (the
 * number tesseract.js reports) computes it, so both backends give comparable values.
 */
export function parseTesseractTsv(tsv: string): OcrResult {
  const paragraphs: string[][] = [];
  let lastPar = '';
  let lastLine = '';
  let confSum = 0;
  let words = 0;
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols[COL.level] !== WORD_LEVEL) continue;
    const word = (cols[COL.text] ?? '').trim();
    const conf = Number(cols[COL.conf]);
    if (!word || !(conf >= 0)) continue;
    const par = `${cols[COL.block]}/${cols[COL.par]}`;
    const line = `${par}/${cols[COL.line]}`;
    if (par !== lastPar) paragraphs.push([]);
    const lines = paragraphs[paragraphs.length - 1];
    if (line !== lastLine) lines.push(word);
    else lines[lines.length - 1] += ` ${word}`;
    lastPar = par;
    lastLine = line;
    confSum += conf;
    words++;
  }
  const text = paragraphs.map((p) => p.join('\n')).join('\n\n');
  return { text, confidence: words ? toUnitConfidence(confSum / words) : 0 };
}
