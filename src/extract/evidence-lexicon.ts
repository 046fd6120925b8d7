import { z } from 'zod';
import type { FactType } from '../core/fact.ts';
import { Modality } from '../core/modality.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher } from '../text/matcher.ts';
import type { Candidate, Extractor, ExtractorOptions } from './extractor.ts';
import { createPriorCareReader } from './evidence-prior-care.ts';

/** The evidence fact types: each carries only a `kind` taken from its lexicon entry. */
export type EvidenceFactType =
  | 'exam_finding' | 'red_flag' | 'surgical_status' | 'diagnostic_study'
  | 'drug_monitoring' | 'clinical_indication' | 'care_course';

/**
 * An evidence lexicon entry: surface forms plus the kind of evidence they state. With
 * `requiresPriorCare`, a match counts only when the record shows one of those treatments
 * received ("continues to complain of pain" states a failed course only after a course).
 */
export const EvidenceEntry = entrySchema({
  kind: z.string().regex(/^[a-z][a-z0-9_]*$/, 'kinds are snake_case'),
  requiresPriorCare: z.array(Modality).min(1).optional(),
});
export type EvidenceEntry = z.infer<typeof EvidenceEntry>;

/**
 * Builds an extractor that emits one fact per lexicon match. Negation, hypothetical and
 * documentation-gap context is attached centrally (`toFacts`), so "no red flags" and "denies
 * numbness" reach the decision stage as negated facts, which is evidence the record contradicts a
 * criterion rather than leaves it undocumented. Headers ("OBJECTIVE FINDINGS:") are skipped: they
 * name a topic, not a finding.
 */
export function createEvidenceExtractor(id: string, type: EvidenceFactType, options: ExtractorOptions): Extractor {
  const lex = loadLexicon(id, EvidenceEntry, options.lexiconDir);
  // Conditional entries get their own matcher, so a match dropped for want of prior care never
  // hides a shorter match of another entry that it overlapped.
  const plain = createMatcher(lex.entries.filter((e) => !e.requiresPriorCare));
  const conditional = lex.entries.filter((e) => e.requiresPriorCare);
  const afterCare = conditional.length ? createMatcher(conditional) : null;
  const priorCare = afterCare ? createPriorCareReader(options) : null;
  return {
    id,
    produces: [type as FactType],
    extract(ad: AnalyzedDocument): Candidate[] {
      const inHeader = (start: number) => ad.sections.some((h) => start >= h.headerStart && start < h.start);
      let matches = plain.findAll(ad.text);
      if (afterCare && priorCare) {
        const extra = afterCare.findAll(ad.text);
        const received = extra.length ? priorCare(ad) : new Set<string>();
        matches = [...matches, ...extra.filter((m) => m.entry.requiresPriorCare!.some((mod) => received.has(mod)))]
          .sort((a, b) => a.start - b.start);
      }
      return matches
        .filter((m) => !inHeader(m.start))
        .map((m) => ({ type, value: { kind: m.entry.kind }, start: m.start, end: m.end, ruleId: m.entry.id }) as Candidate);
    },
  };
}
