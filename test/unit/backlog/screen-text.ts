import { createDocument } from '../../../src/core/document.ts';
import type { Fact } from '../../../src/core/fact.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';
import { isAsserted } from '../../../src/report/assertion.ts';

const pipeline = createPipeline();

/** The asserted facts the whole pipeline finds in a note (as the export would count them). */
export function assertedFacts(text: string): Fact[] {
  const doc = createDocument({ id: 'doc-1', source: 'note.txt', kind: 'text', pages: [{ text }] });
  return pipeline.run({ caseId: 'backlog', documents: [doc], requests: [] }).facts.filter(isAsserted);
}
