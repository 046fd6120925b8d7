import { readFileSync } from 'node:fs';
import { createAnalyzer } from './src/text/analyze.ts';
import { createDocument } from './src/core/document.ts';
const [corpus, cn, word] = process.argv.slice(2);
const c = JSON.parse(readFileSync(`../shared/corpora/${corpus}/cases/${cn}.json`, 'utf8'));
const ad = createAnalyzer()(createDocument({ id: 'd', source: 'x', kind: 'text', pages: [{ text: c.summary }] }));
const i = ad.text.indexOf(word);
console.log(JSON.stringify(ad.text.slice(i - 200, i + 50)));
