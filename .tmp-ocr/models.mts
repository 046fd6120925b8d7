import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createWorker } from 'tesseract.js';
import { PDFParse } from 'pdf-parse';
import { dirname, join } from 'node:path';
const require = createRequire(import.meta.url);
const base = dirname(require.resolve('@tesseract.js-data/eng'));
const note = readFileSync('/work/main/corpora/samples/acupuncture-progress-note.txt', 'utf8');
const ref = new Set(note.split(/\s+/));
const p = new PDFParse({ data: new Uint8Array(readFileSync('/work/main/.tmp-ocr/scan.pdf')) });
const imgs: Record<number, Buffer> = {};
for (const dpi of [300, 400]) imgs[dpi] = Buffer.from((await p.getScreenshot({ partial: [1], scale: dpi / 72, imageDataUrl: false })).pages[0].data);
for (const [model, oem] of [['4.0.0', 1], ['4.0.0_best_int', 1], ['4.0.0', 3]] as const) {
  const w = await createWorker('eng', oem, { langPath: join(base, model), gzip: true, cacheMethod: 'none' });
  for (const dpi of [300, 400]) {
    await w.setParameters({ user_defined_dpi: String(dpi) });
    const t = performance.now();
    const r = await w.recognize(imgs[dpi]);
    console.log(model, 'oem', oem, dpi, ((performance.now() - t) / 1000).toFixed(2), 's', r.data.confidence, r.data.text.split(/\s+/).filter((x) => x && !ref.has(x)));
  }
  await w.terminate();
}
