import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditSummary } from './aggregate.ts';
import { renderAuditCharts } from './audit-charts.ts';
import { toCsv } from './csv.ts';
import { FACT_FAMILIES } from './missing-facts.ts';
import { AUDIT_CSV_FILES, renderAuditHtml } from './render-audit.ts';

/** Writes `<out>/audit.html` and the CSV files beside it (AUDIT_CSV_FILES) from a summary. */
export async function writeAuditReport(s: AuditSummary, out: string, meta: { input: string; pipeline: string; failures: number }): Promise<void> {
  const perItem = <T extends { gaps: number; items: number }>(r: T) => ({ ...r, gapsPerItem: r.items ? (r.gaps / r.items).toFixed(3) : '' });
  const label = (id: string) => FACT_FAMILIES.find((f) => f.id === id)?.label ?? id;
  const csv: Record<string, string> = {
    'gaps-by-code.csv': toCsv(s.byCode.map((r) => ({ ...r, share: s.items ? (r.items / s.items).toFixed(3) : '' })), ['code', 'items', 'share']),
    'gaps-by-modality.csv': toCsv(s.byModality.map(perItem).map((r) => ({ ...r, modality: r.key })), ['modality', 'cases', 'missingFacts', 'items', 'itemsWithGaps', 'gaps', 'gapsPerItem']),
    'gaps-by-modality-code.csv': toCsv(s.byModalityCode, ['modality', 'code', 'items']),
    'gaps-by-criterion.csv': toCsv(s.byCriterion, ['packId', 'criterionId', 'source', 'applied', 'met', 'notMet', 'notDocumented', 'description']),
    'gaps-by-provider.csv': toCsv(s.byProvider.map(perItem).map((r) => ({ ...r, provider: r.key })), ['provider', 'cases', 'missingFacts', 'items', 'itemsWithGaps', 'gaps', 'gapsPerItem']),
    'gaps-by-month.csv': toCsv(s.byMonth.map(perItem).map((r) => ({ ...r, month: r.key })), ['month', 'cases', 'missingFacts', 'items', 'itemsWithGaps', 'gaps', 'gapsPerItem']),
    'missing-facts.csv': toCsv(s.missing.map((m) => ({ ...m, share: m.relevant ? (m.missing / m.relevant).toFixed(3) : '' })), ['id', 'label', 'relevant', 'missing', 'share']),
    'cases-ranked.csv': toCsv(s.ranked.map((c, i) => ({ ...c, rank: i + 1, missing: c.missing.map(label).join('; '), codes: c.codes.join('; '), decisions: c.decisions.join('; ') })),
      ['rank', 'caseId', 'requestDate', 'items', 'gaps', 'codes', 'missing', 'decisions']),
  };
  for (const [file] of AUDIT_CSV_FILES) await writeFile(join(out, file), csv[file]);
  await writeFile(join(out, 'audit.html'), renderAuditHtml(s, await renderAuditCharts(s), meta));
}
