import { readFileSync, writeFileSync } from 'node:fs';
import { buildCaseInput } from '/work/main/src/intake/index.ts';
import { createPipeline } from '/work/main/src/pipeline/create-pipeline.ts';
import { textSimilarity } from '/work/main/src/intake/ocr/text-similarity.ts';
import { makeScannedPdf } from '/work/main/test/fixtures/ocr/make-scanned-pdf.ts';
const note = '/work/main/corpora/samples/acupuncture-progress-note.txt';
const lines = readFileSync(note, 'utf8').split('\n');
writeFileSync('/work/main/.tmp-ocr/scan.pdf', await makeScannedPdf([{ scan: lines }], { dpi: Number(process.env.SCAN_DPI ?? 300), skewDegrees: Number(process.env.SKEW ?? 0) }));
const pipe = createPipeline();
const key = (f: any) => `${f.type}:${JSON.stringify(f.value)}`;
const textRes = pipe.run(await buildCaseInput({ files: [note], requests: [] }));
for (const mode of ['tesseract-js', 'tesseract-cli']) {
  process.env.PRESCREEN_OCR = mode;
  const t = performance.now();
  const input = await buildCaseInput({ files: ['/work/main/.tmp-ocr/scan.pdf'], requests: [] });
  console.log(mode, 'sec', ((performance.now() - t) / 1000).toFixed(2), 'sim', textSimilarity(input.documents[0].text, readFileSync(note, 'utf8')).toFixed(4), 'conf', input.documents[0].pages[0].ocrConfidence);
  const r = pipe.run(input);
  const a = textRes.facts.map(key).sort(), b = r.facts.map(key).sort();
  console.log('text facts', a.length, 'ocr facts', b.length);
  console.log('missing', a.filter((x) => !b.includes(x)));
  console.log('extra', b.filter((x) => !a.includes(x)));
  console.log('conf', [...new Set(r.facts.map((f) => f.confidence))]);
}
