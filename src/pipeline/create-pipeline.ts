import { CaseResult, SCHEMA_VERSION } from '../core/case-result.ts';
import type { CaseInput } from '../core/case-input.ts';
import type { Fact } from '../core/fact.ts';
import { createDecider } from '../decide/evaluate.ts';
import { numberFacts, toFacts } from '../extract/provenance.ts';
import { EXTRACTORS } from '../extract/registry.ts';
import { createRequestParser } from '../extract/requests.ts';
import { createAnalyzer } from '../text/analyze.ts';
import { loadPipelineDefinition, type PipelineDefinition } from './definition.ts';

/**
 * Builds a pipeline from its definition (configuring it is separate from running it): lexicons
 * are loaded and matchers compiled once; `run` is then a pure function of the case input. The
 * in-process runner and the BullMQ worker both call this, so their results are identical.
 */
export function createPipeline(definition: PipelineDefinition = loadPipelineDefinition(), settings: { learned?: boolean } = {}) {
  const options = { lexiconDir: definition.lexiconDir, learned: settings.learned ?? true };
  const analyze = createAnalyzer(options);
  const extractors = definition.extractors.map((id) => EXTRACTORS[id](options));
  const parseRequest = createRequestParser(options);
  const decide = createDecider({ packs: definition.rulePackFiles });

  function run(input: CaseInput): CaseResult {
    const raw: Omit<Fact, 'id'>[] = [];
    for (const doc of input.documents) {
      const ad = analyze(doc);
      for (const ex of extractors) raw.push(...toFacts(ad, ex.extract(ad)));
    }
    const facts = numberFacts(raw, input.documents.map((d) => d.id));
    const items = input.requests.map((text, i) => parseRequest(text, i + 1, facts));
    const screenings = decide(items, facts);
    return CaseResult.parse({
      schemaVersion: SCHEMA_VERSION,
      caseId: input.caseId,
      pipeline: { id: definition.id, version: definition.version },
      documents: input.documents.map((d) => ({
        id: d.id, source: d.source, kind: d.kind, pages: d.pages.length, characters: d.text.length,
        ocrPages: d.pages.filter((p) => p.ocrConfidence !== null).length,
        metadata: d.metadata,
      })),
      facts,
      items: screenings,
    });
  }

  return { definition, run };
}
export type Pipeline = ReturnType<typeof createPipeline>;
