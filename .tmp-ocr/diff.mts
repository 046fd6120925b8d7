import { readFileSync } from 'node:fs';
import { readDocument } from '/work/main/src/intake/index.ts';
import { normaliseWhitespace } from '/work/main/src/intake/ocr/text-similarity.ts';
const dir = '/work/shared/corpora/dwc-imr';
for (const c of process.argv.slice(2)) {
  const a = normaliseWhitespace((await readDocument(`${dir}/pdf/${c}.pdf`)).text);
  const b = normaliseWhitespace(readFileSync(`${dir}/txt/${c}.txt`, 'utf8'));
  let i = 0; while (i < a.length && a[i] === b[i]) i++;
  let j = 0; while (j < a.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  console.log(c, a.length, b.length, 'pdf:', JSON.stringify(a.slice(i - 20, i + 60)), '\ntxt:', JSON.stringify(b.slice(i - 20, i + 60)), 'tail differs from', a.length - j);
}
