import { readdirSync, readFileSync } from 'node:fs';
import { readDocument } from '/work/main/src/intake/index.ts';
import { textSimilarity } from '/work/main/src/intake/ocr/text-similarity.ts';
const dir = '/work/shared/corpora/dwc-imr';
const res: [string, number][] = [];
const t = Date.now();
for (const f of readdirSync(`${dir}/pdf`).sort()) {
  const doc = await readDocument(`${dir}/pdf/${f}`);
  const txt = readFileSync(`${dir}/txt/${f.replace('.pdf', '.txt')}`, 'utf8');
  res.push([f, textSimilarity(doc.text, txt)]);
}
res.sort((a, b) => a[1] - b[1]);
console.log('ms', Date.now() - t, 'mean', res.reduce((s, r) => s + r[1], 0) / res.length, res.slice(0, 8));
