import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createAnalyzer } from './src/text/analyze.ts';
import { createDocument } from './src/core/document.ts';
import { EXTRACTORS } from './src/extract/registry.ts';
import { numberFacts, toFacts } from './src/extract/provenance.ts';
import { toGoldCase } from './src/report/gold-export.ts';
const [corpus, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const analyze = createAnalyzer();
const exs = ['demographics', 'medications', 'work-status', 'pain-scores'].map((id) => EXTRACTORS[id]({}));
for (const f of readdirSync(`../shared/corpora/${corpus}/cases`)) {
  const c = JSON.parse(readFileSync(`../shared/corpora/${corpus}/cases/${f}`, 'utf8'));
  const doc = createDocument({ id: 'd', source: f, kind: 'case-json', pages: [{ text: c.summary }], metadata: { date_of_injury: c.header?.date_of_injury ?? null } });
  const ad = analyze(doc);
  const facts = numberFacts(exs.flatMap((e) => toFacts(ad, e.extract(ad))), ['d']);
  const res = { caseId: c.case_number, facts, items: [], documents: [doc] } as never;
  writeFileSync(`${out}/${f}`, JSON.stringify(toGoldCase(res)));
}
