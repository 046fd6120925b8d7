import type { z } from 'zod';
import type { WorkStatusCategory } from '../core/fact.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import type { Candidate } from './extractor.ts';

type Category = z.infer<typeof WorkStatusCategory>;

/** What the supersession rules need besides the candidates. */
export interface SupersedeOptions {
  /** True for a sentence that puts a P&S or a release still ahead ("TTD until she reaches MMI"). */
  isProspective: (sentence: string) => boolean;
  /** Rule ids of off-work inferences ("off work", "has not returned to work"): no stated status of their own. */
  inferred: Set<string>;
  /** True for a sentence that marks its status as today's ("now", "currently", "as of today"). */
  marksCurrent: (sentence: string) => boolean;
}

const categoryOf = (c: Candidate): Category | null => (c.type === 'work_status' ? c.value.category : null);

/**
 * Drops statuses a later or stronger statement replaces:
 * - "Not working and remains TTD", "retired and not working": the sentence gives the reason, so
 *   not_working yields to TTD or retirement.
 * - A current P&S / MMI declaration ends temporary disability: TTD and modified duty stated in
 *   earlier sentences are history. A declaration made in the past ("found P&S by the AME in 2018")
 *   still stands unless a later status is given: a stated TTD marked as today's in a later sentence
 *   (a reopened case) replaces it.
 * - Beside a current P&S declaration (in its sentence or the one before or after), "not working" and
 *   off-work inferences state no status of their own: a P&S worker who does not work is P&S
 *   ("P&S per QME (2021), not working"; "declared P&S in 2018 and has not worked since").
 * - A current release to full duty ends earlier restrictions ("had been on light duty ... now full duty").
 * A statement is current when ConText finds it neither hypothetical, historical, negated nor
 * possible and its sentence puts nothing ahead.
 */
export function dropSuperseded(ad: AnalyzedDocument, found: Candidate[], options: SupersedeOptions): Candidate[] {
  const sentenceStart = (c: Candidate) => ad.sentenceAt(c.start)?.start ?? c.start;
  const sentenceIndex = (c: Candidate) => {
    const s = ad.sentenceAt(c.start);
    return s ? ad.sentences.indexOf(s) : -1;
  };
  const isCurrent = (c: Candidate) => {
    const x = ad.contextOf(c.start, c.end);
    return !x.hypothetical && !x.historical && !x.negated && !x.possible && !options.isProspective(ad.sentenceAt(c.start)?.text ?? '');
  };
  const reasonSentences = new Set(found.filter((c) => categoryOf(c) === 'ttd' || categoryOf(c) === 'retired').map(sentenceStart));
  // A stated TTD marked as today's after a P&S declaration ("the case was reopened; he is now TTD").
  const reopenedAt = found.filter((c) => categoryOf(c) === 'ttd' && !options.inferred.has(c.ruleId) && isCurrent(c) && options.marksCurrent(ad.sentenceAt(c.start)?.text ?? ''))
    .map(sentenceStart).reduce((a, b) => Math.max(a, b), -1);
  const reopened = (c: Candidate) => categoryOf(c) === 'permanent_and_stationary' && sentenceStart(c) < reopenedAt;
  const candidates = found.filter((c) => !reopened(c));
  const lastCurrent = (category: Category) => {
    const at = candidates.filter((c) => categoryOf(c) === category && isCurrent(c));
    return at.length > 0 ? at.reduce((a, b) => (sentenceStart(b) > sentenceStart(a) ? b : a)) : null;
  };
  const ps = lastCurrent('permanent_and_stationary');
  const lastPs = ps ? sentenceStart(ps) : -1;
  const full = lastCurrent('full_duty');
  const lastFull = full ? sentenceStart(full) : -1;
  // "Not working" and off-work inferences in the sentence of a current P&S declaration or the one
  // before or after it in its section. Not further: a history that says "she is not working" and a
  // discussion that finds her at MMI pages later give the work status twice, in their own words.
  const psSentences = candidates.filter((c) => categoryOf(c) === 'permanent_and_stationary' && isCurrent(c)).map(sentenceIndex);
  const besidePs = (c: Candidate) => {
    const i = sentenceIndex(c);
    const section = ad.sentences[i]?.section;
    return psSentences.some((p) => Math.abs(i - p) <= 1 && ad.sentences[p]?.section === section);
  };
  const yieldsToPs = (c: Candidate) => (categoryOf(c) === 'not_working' || options.inferred.has(c.ruleId)) && besidePs(c);
  const restricted = (c: Candidate) => categoryOf(c) === 'modified_duty' || categoryOf(c) === 'ttd';
  return candidates
    .filter((c) => categoryOf(c) !== 'not_working' || !reasonSentences.has(sentenceStart(c)))
    .filter((c) => !restricted(c) || sentenceStart(c) >= lastPs)
    .filter((c) => !yieldsToPs(c))
    .filter((c) => !restricted(c) || sentenceStart(c) >= lastFull);
}
