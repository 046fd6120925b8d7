import { writeFileSync, readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { makePdf } from '/work/main/test/fixtures/intake/make-pdf.ts';
const lines = readFileSync('/work/main/corpora/samples/acupuncture-progress-note.txt', 'utf8').split('\n');
const p = new PDFParse({ data: new Uint8Array(makePdf([lines])) });
const s = await p.getScreenshot({ partial: [1], scale: 1.2, imageDataUrl: false });
writeFileSync('/work/main/.tmp-ocr/small.png', s.pages[0].data);
