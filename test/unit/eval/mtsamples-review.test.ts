import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { impossibleValue } from '../../../src/eval/sanity.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// The 30 notes read by hand for issue 3 (ids only; the text stays in ../shared).
const FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/mtsamples-review.json', import.meta.url), 'utf8')) as { noteIds: string[] };
const CORPUS = fileURLToPath(new URL('../../../../shared/corpora/mtsamples/mtsamples.jsonl', import.meta.url));
const present = existsSync(CORPUS);
if (!present) console.warn(`mtsamples-review: ${CORPUS} not found; review sample check skipped`);

describe.skipIf(!present)('mtsamples review sample', () => {
  it('screens every reviewed note without errors or impossible values, and takes no fact from a question block', () => {
    const wanted = new Set(FIXTURE.noteIds);
    const rows = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { note_id: string; transcription?: string })
      .filter((r) => wanted.has(String(r.note_id)));
    expect(new Set(rows.map((r) => String(r.note_id))).size).toBe(30);
    const pipeline = createPipeline();
    for (const row of rows) {
      const doc = createDocument({ id: 'doc-1', source: `note-${row.note_id}`, kind: 'text', pages: [{ text: row.transcription ?? '' }] });
      const facts = pipeline.run({ caseId: `note-${row.note_id}`, documents: [doc], requests: [] }).facts;
      expect(facts.map((f) => impossibleValue(f)).filter(Boolean), `note ${row.note_id}`).toEqual([]);
      expect(facts.filter((f) => f.section === 'question'), `note ${row.note_id}`).toEqual([]);
    }
  });
});
