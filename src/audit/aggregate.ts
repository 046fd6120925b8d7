import type { CaseResult } from '../core/case-result.ts';
import { requestDate } from '../report/html/request-date.ts';
import { FACT_FAMILIES, missingFamilies, relevantFamilies } from './missing-facts.ts';
import { providerOf } from './provider.ts';

/** One group (a modality, provider or month): its cases, items, items with gaps, gaps, and missing fact families summed over its cases. */
export interface CountRow { key: string; cases: number; items: number; itemsWithGaps: number; gaps: number; missingFacts: number }
export interface CriterionRow { packId: string; criterionId: string; description: string; source: string; applied: number; met: number; notMet: number; notDocumented: number }
export interface MissingRow { id: string; label: string; relevant: number; missing: number }
export interface RankedCase { caseId: string; items: number; gaps: number; codes: string[]; missing: string[]; decisions: string[]; requestDate: string | null }

/** What the audit reports: every table of audit.html and its CSV files. */
export interface AuditSummary {
  cases: number;
  items: number;
  itemsWithGaps: number;
  gaps: number;
  byCode: { code: string; items: number }[];
  byModality: CountRow[];
  byModalityCode: { modality: string; code: string; items: number }[];
  byCriterion: CriterionRow[];
  byProvider: CountRow[];
  byMonth: CountRow[];
  requestDateBasis: string[];
  missing: MissingRow[];
  ranked: RankedCase[];
}

const emptyRow = (key: string): CountRow => ({ key, cases: 0, items: 0, itemsWithGaps: 0, gaps: 0, missingFacts: 0 });

function bump(map: Map<string, CountRow>, key: string, gaps: number): void {
  const row = map.get(key) ?? emptyRow(key);
  row.items += 1;
  row.gaps += gaps;
  if (gaps > 0) row.itemsWithGaps += 1;
  map.set(key, row);
}

/** Counts a case once in each group it has items in (and in `always`, even without items). */
function countCase(map: Map<string, CountRow>, keys: Iterable<string>, missing: number): void {
  for (const key of new Set(keys)) {
    const row = map.get(key) ?? emptyRow(key);
    row.cases += 1;
    row.missingFacts += missing;
    map.set(key, row);
  }
}

const sortedRows = (m: Map<string, CountRow>, byKey = false) =>
  [...m.values()].sort((a, b) => (byKey ? a.key.localeCompare(b.key) : b.gaps - a.gaps || b.items - a.items || a.key.localeCompare(b.key)));

/**
 * Counts gaps across cases: per gap code (items carrying it), per request modality, per guideline
 * criterion, per provider when documents name one, per month of the request date, which fact
 * families are missing, and the cases ranked by gaps. Pure: no I/O.
 */
export function summarizeAudit(results: CaseResult[]): AuditSummary {
  const byCode = new Map<string, number>();
  const byModality = new Map<string, CountRow>();
  const modalityCode = new Map<string, number>();
  const byCriterion = new Map<string, CriterionRow>();
  const byProvider = new Map<string, CountRow>();
  const byMonth = new Map<string, CountRow>();
  const bases = new Set<string>();
  const relevant = new Map<string, number>();
  const missing = new Map<string, number>();
  const ranked: RankedCase[] = [];
  for (const r of results) {
    const req = requestDate(r);
    if (req) bases.add(req.basis);
    const provider = providerOf(r);
    const miss = missingFamilies(r);
    const month = req ? req.date.slice(0, 7) : 'undated';
    for (const s of r.items) {
      const codes = [...new Set(s.gaps.map((g) => g.code))];
      for (const c of codes) {
        byCode.set(c, (byCode.get(c) ?? 0) + 1);
        const k = `${s.item.modality}\u0000${c}`;
        modalityCode.set(k, (modalityCode.get(k) ?? 0) + 1);
      }
      bump(byModality, s.item.modality, s.gaps.length);
      if (provider) bump(byProvider, provider, s.gaps.length);
      bump(byMonth, month, s.gaps.length);
      for (const c of s.criteria) {
        const key = `${c.packId}\u0000${c.criterionId}`;
        const row = byCriterion.get(key) ?? { packId: c.packId, criterionId: c.criterionId, description: c.description, source: c.source, applied: 0, met: 0, notMet: 0, notDocumented: 0 };
        if (c.status !== 'not_applicable') row.applied += 1;
        if (c.status === 'met') row.met += 1;
        if (c.status === 'not_met') row.notMet += 1;
        if (c.status === 'not_documented') row.notDocumented += 1;
        byCriterion.set(key, row);
      }
    }
    countCase(byModality, r.items.map((s) => s.item.modality), miss.length);
    if (provider) countCase(byProvider, [provider], miss.length);
    countCase(byMonth, [month], miss.length);
    for (const id of relevantFamilies(r)) relevant.set(id, (relevant.get(id) ?? 0) + 1);
    for (const id of miss) missing.set(id, (missing.get(id) ?? 0) + 1);
    ranked.push({
      caseId: r.caseId, items: r.items.length, gaps: r.items.reduce((n, s) => n + s.gaps.length, 0),
      codes: [...new Set(r.items.flatMap((s) => s.gaps.map((g) => g.code)))].sort(), missing: miss,
      decisions: r.items.map((s) => s.decision), requestDate: req?.date ?? null,
    });
  }
  ranked.sort((a, b) => b.gaps - a.gaps || b.missing.length - a.missing.length || a.caseId.localeCompare(b.caseId));
  const items = results.reduce((n, r) => n + r.items.length, 0);
  return {
    cases: results.length, items,
    itemsWithGaps: results.reduce((n, r) => n + r.items.filter((s) => s.gaps.length > 0).length, 0),
    gaps: results.reduce((n, r) => n + r.items.reduce((m, s) => m + s.gaps.length, 0), 0),
    byCode: [...byCode].map(([code, n]) => ({ code, items: n })).sort((a, b) => b.items - a.items || a.code.localeCompare(b.code)),
    byModality: sortedRows(byModality),
    byModalityCode: [...modalityCode].map(([k, n]) => ({ modality: k.split('\u0000')[0], code: k.split('\u0000')[1], items: n }))
      .sort((a, b) => a.modality.localeCompare(b.modality) || b.items - a.items),
    byCriterion: [...byCriterion.values()].sort((a, b) => (b.notMet + b.notDocumented) - (a.notMet + a.notDocumented) || a.criterionId.localeCompare(b.criterionId)),
    byProvider: sortedRows(byProvider),
    byMonth: sortedRows(byMonth, true),
    requestDateBasis: [...bases],
    missing: FACT_FAMILIES.map((f) => ({ id: f.id, label: f.label, relevant: relevant.get(f.id) ?? 0, missing: missing.get(f.id) ?? 0 })),
    ranked,
  };
}
