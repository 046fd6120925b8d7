import { readFileSync } from 'node:fs';
import { createAnalyzer } from './src/text/analyze.ts';
import { createDocument } from './src/core/document.ts';
import { EXTRACTORS } from './src/extract/registry.ts';
const [corpus, cn, ex, filter] = process.argv.slice(2);
const c = JSON.parse(readFileSync(`../shared/corpora/${corpus}/cases/${cn}.json`, 'utf8'));
const doc = createDocument({ id: 'd', source: 'x', kind: 'text', pages: [{ text: c.summary }] });
const ad = createAnalyzer()(doc);
for (const cand of EXTRACTORS[ex]({}).extract(ad)) {
  const ctx = ad.contextOf(cand.start, cand.end);
  const flags = Object.entries(ctx).filter(([k, v]) => v === true).map(([k]) => k);
  const s = ad.sentenceAt(cand.start);
  if (filter && !JSON.stringify(cand.value).includes(filter)) continue;
  console.log(JSON.stringify(cand.value), '|', ad.text.slice(cand.start, cand.end), '|', flags.join(','), '|', s?.section?.category, '|', s?.text.slice(0, 160).replace(/\n/g, ' '));
}
