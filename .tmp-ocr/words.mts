import { readFileSync } from 'node:fs';
import { readDocument } from '/work/main/src/intake/index.ts';
const note = readFileSync('/work/main/corpora/samples/acupuncture-progress-note.txt', 'utf8');
for (const mode of ['tesseract-js', 'tesseract-cli']) {
  process.env.PRESCREEN_OCR = mode;
  const doc = await readDocument('/work/main/.tmp-ocr/scan.pdf');
  const ref = new Set(note.split(/\s+/));
  console.log(mode, doc.text.split(/\s+/).filter((w) => !ref.has(w)));
}
