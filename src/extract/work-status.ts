import { z } from 'zod';
import { WorkStatusCategory } from '../core/fact.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { withPlaceholders } from './pattern-placeholders.ts';
import { readBoxes } from './work-status-boxes.ts';
import { preferCurrent } from './work-status-currency.ts';
import { dropSuperseded } from './work-status-supersede.ts';

/**
 * A work-status phrasing and its category; `past_context` entries mark statuses as no longer
 * current, `current_context` ones as today's, `prospective` ones a P&S or full-duty statement as
 * still to come, and `checkbox` entries are a form's boxes (see work-status-boxes.ts).
 */
export const WorkStatusEntry = withPlaceholders(entrySchema({
  category: z.union([WorkStatusCategory, z.literal('past_context'), z.literal('current_context'), z.literal('prospective'), z.literal('checkbox')]),
  /** For check boxes: ticked or empty. */
  checked: z.boolean().optional(),
  /** A bare form label ("Modified", "Regular") that states its status only beside a ticked box. */
  boxLabel: z.boolean().default(false),
  /** For past-context cues: whether they qualify the statuses after them in the sentence, the one just before, those inside the cue ("from TTD to"), or those before it in its sentence and the sentence before. */
  scope: z.enum(['following', 'preceding', 'within', 'earlier']).optional(),
  /** For past-context cues: the only categories they qualify ("employer cannot accommodate" voids a restriction, not TTD). */
  affects: z.array(WorkStatusCategory).optional(),
  /** A negated statement of this status does not hold ("not at MMI"). */
  negatable: z.boolean().default(false),
  /** Counts only when no other status is stated (a partial-disability rating says little about work). */
  fallback: z.boolean().default(false),
  /** States that the worker has no job (laid off, unemployed): then being off work is no disability status. */
  unemployment: z.boolean().default(false),
  /** An off-work inference ("off work", "unable to work") that yields to a stated lack of employment. */
  yieldsToUnemployment: z.boolean().default(false),
}));
export type WorkStatusEntry = z.infer<typeof WorkStatusEntry>;

/** How far after a status a past-context cue may start and still qualify it ("full duty prior to the visit"). */
const TRAILING_CUE_GAP = 3;

/**
 * Work status statements (TTD, modified or full duty, not working, retired, P&S, unclear). Every
 * statement is emitted in document order; the export takes the first asserted one. A status that a
 * past-context cue qualifies (a past-treatment list, "prior to the visit") is dropped because it
 * no longer describes the worker, and so is one in a question; when the worker is said to have no job (laid off, unemployed), off-work inferences yield to not working; a later or stronger statement (a current P&S declaration, a release to full duty) replaces earlier ones (work-status-supersede.ts); family and hypothetical contexts are left to the assertion step; on a check-box form only the ticked box's label is a status (work-status-boxes.ts).
 */
export const createWorkStatusExtractor: ExtractorFactory = (options) => {
  const lex = loadLexicon('work-status', WorkStatusEntry, options.lexiconDir);
  const isStatus = (e: WorkStatusEntry) => WorkStatusCategory.safeParse(e.category).success;
  const statuses = createMatcher(lex.entries.filter((e) => isStatus(e) && !e.boxLabel));
  const boxLabels = createMatcher(lex.entries.filter((e) => isStatus(e) && e.boxLabel));
  const boxes = createMatcher(lex.entries.filter((e) => e.category === 'checkbox'));
  const pastCues = createMatcher(lex.entries.filter((e) => e.category === 'past_context'));
  const currentCues = createMatcher(lex.entries.filter((e) => e.category === 'current_context'));
  // Words of a P&S or release still to come ("TTD until she reaches MMI", "will be P&S next visit").
  const prospective = createMatcher(lex.entries.filter((e) => e.category === 'prospective'));
  const isProspective = (sentence: string) => prospective.findAll(sentence).length > 0;

  return {
    id: 'work-status',
    produces: ['work_status'],
    extract(ad: AnalyzedDocument): Candidate[] {
      const cues = pastCues.findAll(ad.text);
      const isPast = (m: Match<WorkStatusEntry>) => {
        const s = ad.sentenceAt(m.start);
        return cues.some((c) => {
          if (c.entry.affects && !c.entry.affects.includes(m.entry.category as z.infer<typeof WorkStatusCategory>)) return false;
          if (c.entry.scope === 'within') return c.start <= m.start && m.end <= c.end;
          if (c.entry.scope === 'earlier') return m.end <= c.start && s !== null && ad.sentences.indexOf(s) >= ad.sentences.indexOf(ad.sentenceAt(c.start) ?? s) - 1;
          return c.entry.scope === 'following'
            ? s !== null && c.start >= s.start && c.end <= m.start
            : c.start >= m.end && c.start - m.end <= TRAILING_CUE_GAP;
        });
      };
      // A header such as "WORK RESTRICTIONS AND DISABILITY:" names a topic, not a status.
      const inHeader = (m: Match) => ad.sections.some((h) => m.start >= h.headerStart && m.start < h.start);
      // "Has the claimant reached maximum medical improvement?" asks; it does not state.
      const isQuestion = (m: Match) => ad.sentenceAt(m.start)?.text.trimEnd().endsWith('?') ?? false;
      const stated = statuses.findAll(ad.text);
      // A form's boxes: an empty one voids its label, a ticked one makes a bare label a status.
      const boxReading = readBoxes(ad.text, boxes.findAll(ad.text).map((b) => ({ start: b.start, end: b.end, checked: b.entry.checked === true })), stated, boxLabels.findAll(ad.text));
      const found = [...stated.filter((m) => !boxReading.voided.has(m)), ...boxReading.ticked].sort((a, b) => a.start - b.start);
      // The "not" of "not working" negates working, not a status after it ("not working and remains TTD").
      const notWorking = found.filter((m) => m.entry.category === 'not_working');
      const negated = (m: Match) => ad.contextOf(m.start, m.end).triggers
        .some((t) => t.category === 'negated' && !notWorking.some((n) => n.start <= t.start && t.end <= n.end));
      const out: Candidate[] = [];
      for (const m of found) {
        if (isPast(m) || inHeader(m) || isQuestion(m)) continue;
        if (m.entry.negatable && negated(m)) continue;
        out.push({ type: 'work_status', value: { category: m.entry.category as z.infer<typeof WorkStatusCategory> }, start: m.start, end: m.end, ruleId: m.entry.id });
      }
      // A laid-off or unemployed worker is off work for want of a job, not because of a disability.
      const ids = (pick: (e: WorkStatusEntry) => boolean) => new Set(lex.entries.filter(pick).map((e) => e.id));
      const unemployment = ids((e) => e.unemployment);
      const yielding = ids((e) => e.yieldsToUnemployment);
      const jobless = out.some((c) => unemployment.has(c.ruleId) && !ad.contextOf(c.start, c.end).negated);
      const current = preferCurrent(ad, jobless ? out.filter((c) => !yielding.has(c.ruleId)) : out, currentCues.findAll(ad.text));
      const marksCurrent = (sentence: string) => currentCues.findAll(sentence).length > 0;
      const kept = dropSuperseded(ad, current, { isProspective, inferred: yielding, marksCurrent });
      const fallbackIds = ids((e) => e.fallback);
      const firm = kept.filter((c) => !fallbackIds.has(c.ruleId));
      return firm.length > 0 ? firm : kept;
    },
  };
};
