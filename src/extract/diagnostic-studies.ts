import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { listedWith, qualifiedAsDone, statementOwner, type StudyName } from './diagnostic-study-lists.ts';

/**
 * An entry of `pipelines/lexicons/diagnostic-studies.yaml`: a `result` (a study stated done, the
 * default), a study `name`, a list `joiner`, a `qualifier` stating a study done before its name,
 * or a `stop` word no list of studies done holds. Results and names carry the study's `kind`.
 */
export const DiagnosticStudyEntry = entrySchema({
  kind: z.string().regex(/^[a-z][a-z0-9_]*$/, 'kinds are snake_case').optional(),
  role: z.enum(['result', 'name', 'joiner', 'qualifier', 'stop']).default('result'),
}).superRefine((e, ctx) => {
  const needsKind = e.role === 'result' || e.role === 'name';
  if (needsKind !== (e.kind !== undefined)) ctx.addIssue({ code: 'custom', message: `a ${e.role} entry ${needsKind ? 'needs' : 'takes no'} kind` });
});
export type DiagnosticStudyEntry = z.infer<typeof DiagnosticStudyEntry>;

/**
 * Mentions of imaging and electrodiagnostic studies already done, as `diagnostic_study` facts.
 * Beside the `result` statements, a study listed with one ("x-rays and an MRI were obtained") or
 * named after a qualifier ("negative lumbar x- ray") is a study done too: overlapping results keep
 * only the longest, so without the lists the second study of such a sentence was lost, and a
 * repeat request for it read as a first study (IMG-3, ODG repeat imaging).
 */
export const createDiagnosticStudiesExtractor: ExtractorFactory = (options) => {
  const entries = loadLexicon('diagnostic-studies', DiagnosticStudyEntry, options.lexiconDir).entries;
  const byRole = (role: DiagnosticStudyEntry['role']) => entries.filter((e) => e.role === role);
  const results = createMatcher(byRole('result'));
  const names = createMatcher(byRole('name'));
  const stops = createMatcher(byRole('stop'));
  const anchored = (role: 'joiner' | 'qualifier', wrap: (p: string) => string) =>
    byRole(role).flatMap((e) => e.patterns.map((p) => ({ id: e.id, re: new RegExp(wrap(p), 'iu') })));
  const joiners = anchored('joiner', (p) => `^(?:${p})$`);
  const qualifiers = anchored('qualifier', (p) => `(?:${p})$`);
  const hasStop = (text: string) => stops.findAll(text).length > 0;

  return {
    id: 'diagnostic-studies',
    produces: ['diagnostic_study'],
    extract(ad: AnalyzedDocument): Candidate[] {
      const inHeader = (start: number) => ad.sections.some((h) => start >= h.headerStart && start < h.start);
      const text = ad.text;
      const studyNames: StudyName[] = names.findAll(text).map((m: Match<DiagnosticStudyEntry>) => ({ kind: m.entry.kind!, start: m.start, end: m.end }));
      const found: Candidate[] = results.findAll(text).map((m) => {
        // The result belongs to the names nearest its result word ("an MRI was requested because
        // the radiographs showed ..." states the radiographs done, not the MRI).
        const owner = statementOwner(text, studyNames, m, joiners, hasStop);
        const first = studyNames.find((n) => n.start >= m.start && n.start < m.end);
        return owner && owner !== first ? candidate(owner.kind, owner.start, m.end, m.entry.id) : candidate(m.entry.kind!, m.start, m.end, m.entry.id);
      });
      const covered = (n: StudyName) => found.some((c) => kindOf(c) === n.kind && c.start <= n.start && n.end <= c.end);
      for (const n of qualifiedAsDone(text, studyNames, qualifiers, hasStop)) {
        if (!covered(n.name)) found.push(candidate(n.name.kind, n.name.start, n.name.end, n.ruleId));
      }
      // Names listed with a study done share its statement; each fact runs from its name to the
      // statement's end, so the quote reads "MRI were obtained", not the bare name.
      for (const c of [...found]) {
        for (const n of listedWith(text, studyNames, c, joiners, hasStop)) {
          if (!covered(n.name)) found.push(candidate(n.name.kind, n.name.start, Math.max(n.name.end, c.end), n.ruleId));
        }
      }
      return found.filter((c) => !inHeader(c.start)).sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
};

const kindOf = (c: Candidate) => (c.value as { kind: string }).kind;

function candidate(kind: string, start: number, end: number, ruleId: string): Candidate {
  return { type: 'diagnostic_study', value: { kind }, start, end, ruleId } as Candidate;
}
