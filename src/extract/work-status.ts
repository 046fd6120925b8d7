import { z } from 'zod';
import { WorkStatusCategory } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/** A work-status phrasing and its category; `past_context` entries mark statuses as no longer current. */
export const WorkStatusEntry = withPlaceholders(entrySchema({
  category: z.union([WorkStatusCategory, z.literal('past_context')]),
  /** For past-context cues: whether they qualify the statuses after them in the sentence or the one just before. */
  scope: z.enum(['following', 'preceding']).optional(),
  /** A negated statement of this status does not hold ("not at MMI"). */
  negatable: z.boolean().default(false),
}));
export type WorkStatusEntry = z.infer<typeof WorkStatusEntry>;

/** How far after a status a past-context cue may start and still qualify it ("full duty prior to the visit"). */
const TRAILING_CUE_GAP = 3;

/**
 * Work status statements (TTD, modified or full duty, not working, retired, P&S, unclear). Every
 * statement is emitted in document order; the export takes the first asserted one. A status that a
 * past-context cue qualifies (a past-treatment list, "prior to the visit") is dropped because it
 * no longer describes the worker, and so is one in a question; family and hypothetical contexts are left to the assertion step.
 */
export const createWorkStatusExtractor: ExtractorFactory = (options) => {
  const lex = loadLexicon('work-status', WorkStatusEntry, options.lexiconDir);
  const statuses = createMatcher(lex.entries.filter((e) => e.category !== 'past_context'));
  const pastCues = createMatcher(lex.entries.filter((e) => e.category === 'past_context'));

  return {
    id: 'work-status',
    produces: ['work_status'],
    extract(ad: AnalyzedDocument): Candidate[] {
      const cues = pastCues.findAll(ad.text);
      const isPast = (m: Match<WorkStatusEntry>) => {
        const s = ad.sentenceAt(m.start);
        return cues.some((c) => c.entry.scope === 'following'
          ? s !== null && c.start >= s.start && c.end <= m.start
          : c.start >= m.end && c.start - m.end <= TRAILING_CUE_GAP);
      };
      // A header such as "WORK RESTRICTIONS AND DISABILITY:" names a topic, not a status.
      const inHeader = (m: Match) => ad.sections.some((h) => m.start >= h.headerStart && m.start < h.start);
      // "Has the claimant reached maximum medical improvement?" asks; it does not state.
      const isQuestion = (m: Match) => ad.sentenceAt(m.start)?.text.trimEnd().endsWith('?') ?? false;
      const out: Candidate[] = [];
      for (const m of statuses.findAll(ad.text)) {
        if (m.entry.category === 'past_context' || isPast(m) || inHeader(m) || isQuestion(m)) continue;
        if (m.entry.negatable && ad.contextOf(m.start, m.end).negated) continue;
        out.push({ type: 'work_status', value: { category: m.entry.category }, start: m.start, end: m.end, ruleId: m.entry.id });
      }
      return out;
    },
  };
};
