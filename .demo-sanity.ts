import { readFileSync } from 'node:fs';
import { createAnalyzer } from './src/text/analyze.ts';
import { createDocument } from './src/core/document.ts';
import { EXTRACTORS } from './src/extract/registry.ts';
import { loadMedicationLexicons } from './src/extract/medications-lexicon.ts';
import { createFuzzyDrugFinder } from './src/extract/medications-fuzzy.ts';
import { createMatcher } from './src/text/matcher.ts';
const [what, n] = process.argv.slice(2);
const rows = readFileSync('../shared/corpora/mtsamples/mtsamples.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const analyze = createAnalyzer();
const { drugs } = loadMedicationLexicons();
const fuzzy = createFuzzyDrugFinder(drugs); const m = createMatcher(drugs);
const ex = EXTRACTORS[what === 'fuzzy' ? 'medications' : what]({});
for (const r of rows.slice(0, Number(n))) {
  const text = r.transcription ?? r.text ?? '';
  if (!text) continue;
  if (what === 'fuzzy') { for (const f of fuzzy(text, m.findAll(text))) console.log(f.text, '->', f.entry.generic); continue; }
  const ad = analyze(createDocument({ id: 'd', source: 'x', kind: 'text', pages: [{ text }] }));
  for (const c of ex.extract(ad)) console.log(JSON.stringify(c.value), '|', ad.text.slice(Math.max(0, c.start - 40), c.end + 30).replace(/\n/g, ' '));
}
