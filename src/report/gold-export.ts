import type { CaseResult } from '../core/case-result.ts';
import type { FactOf, FactType } from '../core/fact.ts';
import { parseDate } from '../text/dates.ts';
import { isAsserted } from './assertion.ts';

/** A prediction in the gold schema of `spec/annotation-guide.md` (snake_case, as the scorer reads it). */
export interface GoldCase {
  case_number: string;
  summary: Record<string, unknown>;
  items: Record<string, unknown>[];
}

function asserted<T extends FactType>(result: CaseResult, type: T): FactOf<T>[] {
  return result.facts.filter((f): f is FactOf<T> => f.type === type && isAsserted(f));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/**
 * A header or metadata date ("10/13/2016", "10-13-16", "2016-10-13") as ISO, through the same parser
 * the extractors use (same two-digit-year pivot, same 1950..today range); null when not a full date.
 */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : parseDate(raw);
}

function fiStatus(evidence: { direction: string }[]): string {
  if (!evidence.length) return 'not_addressed';
  const improved = evidence.some((e) => e.direction === 'improved');
  const against = evidence.some((e) => e.direction !== 'improved');
  return improved && against ? 'mixed' : improved ? 'documented' : 'stated_absent';
}

/** Exports a case result as a prediction file for `score.py` and `prescreen eval cases`. */
export function toGoldCase(result: CaseResult): GoldCase {
  const first = <T extends FactType>(t: T) => asserted(result, t)[0] as FactOf<T> | undefined;
  // The record's own statement of the injury date wins over the case header (headers carry intake
  // slips); among several dates the record calls an injury date, the one the header confirms.
  const headerDoi = isoDate(result.documents[0]?.metadata.date_of_injury);
  const dois = asserted(result, 'date_of_injury').map((f) => f.value.date);
  const doi = dois.find((d) => d === headerDoi) ?? dois[0] ?? headerDoi;
  const fi = dedupe(asserted(result, 'functional_improvement'), (f) => `${f.value.dimension}|${f.value.direction}|${f.span.start}`)
    .map((f) => ({ dimension: f.value.dimension, direction: f.value.direction, text: squash(f.text) }));
  // A note's own work-status block is the doctor's formal statement for today; a status named in the
  // history or plan ("returned to full duty during that period") may describe another time.
  const works = asserted(result, 'work_status');
  const work = works.find((f) => f.section === 'work_status') ?? works[0];
  return {
    case_number: result.caseId,
    summary: {
      age: first('age')?.value.years ?? null,
      sex: first('sex')?.value.sex ?? null,
      date_of_injury: doi,
      diagnoses: dedupe(asserted(result, 'diagnosis').map((f) => squash(f.value.name)), (d) => d.toLowerCase()),
      prior_treatments: asserted(result, 'prior_treatment').map((f) => ({
        modality: f.value.modality, count: f.value.count, count_qualifier: f.value.countQualifier, text: squash(f.text),
      })),
      pain_relief: asserted(result, 'pain_relief').map((f) => ({
        percent_low: f.value.percentLow, percent_high: f.value.percentHigh, duration: f.value.duration,
        attributed_to: f.value.attributedTo, text: squash(f.text),
      })),
      pain_scores: asserted(result, 'pain_score').map((f) => ({ value: f.value.value, max: f.value.max, qualifier: f.value.qualifier, text: squash(f.text) })),
      functional_improvement: { status: fiStatus(fi), evidence: fi },
      work_status: { category: work?.value.category ?? null, text: work ? squash(work.text) : null },
      medications: dedupe(asserted(result, 'medication').map((f) => f.value.name), (m) => m.toLowerCase()),
    },
    items: result.items.map((s) => ({
      item_index: s.item.index,
      requested_treatment: s.item.text,
      request: {
        modality: s.item.modality, quantity: s.item.quantity, frequency_per_week: s.item.frequencyPerWeek,
        duration_weeks: s.item.durationWeeks, body_region: s.item.bodyRegion, continuation: s.item.continuation,
      },
      decision: s.decision,
      gaps: [...new Set(s.gaps.map((g) => g.code))],
      gap_evidence: Object.fromEntries(s.gaps.map((g) => [g.code, g.message])),
      other_gap: null,
    })),
  };
}

