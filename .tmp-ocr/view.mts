import { readFileSync, writeFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
const p = new PDFParse({ data: new Uint8Array(readFileSync('/work/main/.tmp-ocr/scan.pdf')) });
writeFileSync('/work/main/.tmp-ocr/scanview.png', (await p.getScreenshot({ partial: [1], scale: 0.8, imageDataUrl: false })).pages[0].data);
