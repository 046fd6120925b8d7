import type { z } from 'zod';
import type { WorkStatusCategory } from '../core/fact.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import type { Match } from '../text/matcher.ts';
import type { Candidate } from './extractor.ts';

type Category = z.infer<typeof WorkStatusCategory>;

/** Statuses about whether and how the worker works today; P&S, retirement and unknowns stand beside them. */
const DUTY = new Set<Category>(['ttd', 'modified_duty', 'full_duty', 'not_working']);

/** How far before a status a current-time cue may end and still mark it ("now taken off work"). */
const CURRENT_LEAD_GAP = 30;
/** How far after a status a current-time cue may start ("TTD as of today"). */
const CURRENT_TRAIL_GAP = 3;

type Cue = Match;

const categoryOf = (c: Candidate) => (c.type === 'work_status' ? c.value.category : null);

/**
 * Which of two duty statuses in nearby text describes today. (1) In one sentence, a status ConText
 * marks as past ("previously TTD") yields to one it does not. (2) A status marked current ("now",
 * "currently", "as of today") outranks earlier duty statuses in its sentence and the sentence
 * before ("Sedentary work only. ... patient is currently off work"). Other categories are kept.
 */
export function preferCurrent(ad: AnalyzedDocument, candidates: Candidate[], currentCues: Cue[]): Candidate[] {
  const duty = (c: Candidate) => DUTY.has(categoryOf(c) as Category);
  const sentenceIndex = (offset: number) => {
    const s = ad.sentenceAt(offset);
    return s ? ad.sentences.indexOf(s) : -1;
  };
  const historical = (c: Candidate) => ad.contextOf(c.start, c.end).historical;
  const drop = new Set<Candidate>();
  // (1) "Returned to modified duty on 2/3, previously TTD": the past one is history.
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates.filter(duty)) {
    const i = sentenceIndex(c.start);
    bySentence.set(i, [...(bySentence.get(i) ?? []), c]);
  }
  for (const group of bySentence.values()) {
    const past = group.filter(historical);
    if (past.length > 0 && past.length < group.length) past.forEach((c) => drop.add(c));
  }
  // (2) "Was on modified duty until 09/2026; now taken off work": the current one wins.
  // A cue marks the status it sits in ("worker is currently not working"), the first status after
  // it in its clause, or the one just before it ("TTD as of today").
  const isCurrent = (c: Candidate) => currentCues.some((q) => {
    if (c.start <= q.start && q.end <= c.end) return true;
    const lead = q.end <= c.start;
    const between = lead ? ad.text.slice(q.end, c.start) : ad.text.slice(c.end, q.start);
    if (/[.;\n]/u.test(between)) return false;
    if (lead) return c.start - q.end <= CURRENT_LEAD_GAP && !candidates.some((o) => o.start >= q.end && o.start < c.start);
    return q.start >= c.end && q.start - c.end <= CURRENT_TRAIL_GAP;
  });
  for (const c of candidates.filter((x) => duty(x) && !drop.has(x) && isCurrent(x))) {
    const here = sentenceIndex(c.start);
    const section = ad.sentenceAt(c.start)?.section;
    for (const e of candidates) {
      if (e === c || !duty(e) || e.start >= c.start || isCurrent(e)) continue;
      const at = sentenceIndex(e.start);
      if (at >= here - 1 && at <= here && ad.sentenceAt(e.start)?.section === section) drop.add(e);
    }
  }
  return candidates.filter((c) => !drop.has(c));
}
