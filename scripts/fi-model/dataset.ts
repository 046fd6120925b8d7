/**
 * The learned FI reader's data: every sentence of every case in the named corpora, with the
 * (dimension, direction) pairs gold evidence places in it and the pairs the rules found there.
 * Sentences are the pipeline's own, so training sees what the extractor will see.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaseInput } from '../../src/intake/index.ts';
import { createPipeline } from '../../src/pipeline/create-pipeline.ts';
import { createAnalyzer } from '../../src/text/analyze.ts';
import { loadPipelineDefinition } from '../../src/pipeline/definition.ts';
import { isAsserted } from '../../src/report/assertion.ts';
import { opensUnasserted, viewOf, type SentenceView } from '../../src/learn/features.ts';

export type Pair = `${string}|${string}`;

export interface SentenceRow extends SentenceView {
  gold: Pair[];
  rules: Pair[];
  /** The sentence's facts would be dropped (family/hypothetical context, or a no-facts section). */
  excluded: boolean;
}

export interface CaseRows {
  group: string;
  caseId: string;
  sentences: SentenceRow[];
  goldPairs: Pair[];
  rulePairs: Pair[];
  goldStatus: string | null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

let built: { pipeline: ReturnType<typeof createPipeline>; analyze: ReturnType<typeof createAnalyzer> } | null = null;

/** Reads one corpus (`cases/` and `labels/`) into sentence rows; `rules` are the rules' own findings (no model). */
export async function readCorpus(dir: string, group: string): Promise<CaseRows[]> {
  const definition = loadPipelineDefinition();
  built ??= { pipeline: createPipeline(definition, { learned: false }), analyze: createAnalyzer({ lexiconDir: definition.lexiconDir }) };
  const { pipeline, analyze } = built;
  const out: CaseRows[] = [];
  for (const f of readdirSync(join(dir, 'cases')).filter((x) => x.endsWith('.json')).sort()) {
    const labelFile = join(dir, 'labels', f);
    if (!existsSync(labelFile)) continue;
    const label = JSON.parse(readFileSync(labelFile, 'utf8'));
    const input = await buildCaseInput({ files: [join(dir, 'cases', f)], requests: [] });
    const result = pipeline.run(input);
    const doc = input.documents[0];
    const ad = analyze(doc);
    const ranges = ad.sentences.map((s) => ad.toOriginal(s.start, s.end));
    const at = (o: number) => ranges.findIndex((r) => r.start <= o && o < r.end);
    const rows: SentenceRow[] = ad.sentences.map((s) => {
      const ctx = ad.contextOf(s.start, s.end);
      return {
        ...viewOf(s),
        gold: [], rules: [],
        excluded: ctx.family || ctx.hypothetical || s.section?.facts === false || opensUnasserted(s),
      };
    });
    const rulePairs = new Set<Pair>();
    for (const fact of result.facts) {
      if (fact.type !== 'functional_improvement' || !isAsserted(fact)) continue;
      const pair: Pair = `${fact.value.dimension}|${fact.value.direction}`;
      rulePairs.add(pair);
      const i = at(fact.span.start);
      if (i >= 0) rows[i].rules.push(pair);
    }
    const fi = label.summary?.functional_improvement ?? {};
    const goldPairs = new Set<Pair>();
    for (const e of fi.evidence ?? []) {
      const pair: Pair = `${e.dimension}|${e.direction}`;
      goldPairs.add(pair);
      const words = String(e.text ?? '').trim().split(/\s+/u).filter(Boolean).map(esc);
      if (!words.length) continue;
      const m = new RegExp(words.join('\\s+'), 'u').exec(doc.text);
      const i = m ? at(m.index) : -1;
      if (i >= 0) rows[i].gold.push(pair);
    }
    out.push({ group, caseId: f.slice(0, -5), sentences: rows, goldPairs: [...goldPairs], rulePairs: [...rulePairs], goldStatus: fi.status ?? null });
  }
  return out;
}
