import { readFileSync, writeFileSync } from 'node:fs';
import { readDocument } from '/work/main/src/intake/index.ts';
import { createOcrEngine } from '/work/main/src/intake/ocr/index.ts';
import { makeScannedPdf } from '/work/main/test/fixtures/ocr/make-scanned-pdf.ts';
const lines = readFileSync('/work/main/corpora/samples/acupuncture-progress-note.txt', 'utf8').split('\n');
const pt = readFileSync('/work/main/corpora/samples/physical-therapy-progress-note.txt', 'utf8').split('\n').slice(0, 48);
const file = '/work/main/.tmp-ocr/bench.pdf';
writeFileSync(file, await makeScannedPdf([{ scan: lines }, { scan: pt }, { scan: lines }, { scan: pt }], { dpi: 200, skewDegrees: -1 }));
for (const mode of ['tesseract-js', 'tesseract-cli'] as const) {
  const engine = (await createOcrEngine(mode))!;
  await readDocument(file, { ocr: engine }); // warm-up: worker start, model load
  const t = performance.now(); const c = process.cpuUsage();
  const doc = await readDocument(file, { ocr: engine });
  const u = process.cpuUsage(c);
  console.log(mode, 'wall s/page', ((performance.now() - t) / 1000 / doc.pages.length).toFixed(2), 'main-thread+worker cpu s/page', ((u.user + u.system) / 1e6 / doc.pages.length).toFixed(2), 'conf', doc.pages.map((p) => p.ocrConfidence?.toFixed(3)).join(','));
  await engine.close();
}
