import { createDocument } from './src/core/document.ts';
import type { Fact } from './src/core/fact.ts';
import { createFunctionalImprovementExtractor } from './src/extract/functional-improvement.ts';
import { createWorkStatusExtractor } from './src/extract/work-status.ts';
import { createDemographicsExtractor } from './src/extract/demographics.ts';
import { createPainScoresExtractor } from './src/extract/pain-scores.ts';
import { createMedicationsExtractor } from './src/extract/medications.ts';
import { toFacts } from './src/extract/provenance.ts';
import { isAsserted } from './src/report/assertion.ts';
import { createAnalyzer } from './src/text/analyze.ts';
import { readFileSync } from 'node:fs';
const analyze = createAnalyzer();
const ex: Record<string, any> = { fi: createFunctionalImprovementExtractor({}), ws: createWorkStatusExtractor({}), demo: createDemographicsExtractor({}), pain: createPainScoresExtractor({}), med: createMedicationsExtractor({}) };
const [which, file] = process.argv.slice(2);
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const ad = analyze(createDocument({ id: 'd', source: 't.txt', kind: 'text', pages: [{ text: line }] }));
  const facts = toFacts(ad, ex[which].extract(ad)).map((f: any, i: number) => ({ ...f, id: `f-${i}` }) as Fact).filter(isAsserted);
  console.log(line.slice(0, 70).padEnd(70), '=>', facts.map((f: any) => JSON.stringify(f.value) + '[' + f.text + ']').join(' | '));
}
