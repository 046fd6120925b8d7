import { PDFParse } from 'pdf-parse';
import { makePdf } from '/work/main/test/fixtures/intake/make-pdf.ts';
import { inkShare } from '/work/main/src/intake/ocr/png-ink.ts';
const p = new PDFParse({ data: new Uint8Array(makePdf([['x'], ['Page 3'], ['A full line of body text about lumbar pain and therapy sessions.']])) });
for (const n of [1, 2, 3]) { const s = await p.getScreenshot({ partial: [n], scale: 1, imageDataUrl: false }); console.log(n, inkShare(Buffer.from(s.pages[0].data))); }
