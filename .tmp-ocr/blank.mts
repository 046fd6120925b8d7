import { PDFParse } from 'pdf-parse';
import { makePdf } from '/work/main/test/fixtures/intake/make-pdf.ts';
import { inkShare } from '/work/main/src/intake/ocr/png-ink.ts';
const p = new PDFParse({ data: new Uint8Array(makePdf([['x'], [], []])) });
await p.getText();
for (const n of [2, 3]) {
let t = performance.now();
await p.getInfo({ parsePageInfo: true, partial: [n] });
console.log('info', (performance.now() - t).toFixed(0)); t = performance.now();
const s = await p.getScreenshot({ partial: [n], scale: 300 / 72, imageDataUrl: false });
console.log('render300', (performance.now() - t).toFixed(0)); t = performance.now();
inkShare(Buffer.from(s.pages[0].data));
console.log('ink', (performance.now() - t).toFixed(0)); t = performance.now();
const s1 = await p.getScreenshot({ partial: [n], scale: 1, imageDataUrl: false });
inkShare(Buffer.from(s1.pages[0].data));
console.log('render72+ink', (performance.now() - t).toFixed(0));
}
