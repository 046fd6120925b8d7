import type { TopLevelSpec } from 'vega-lite';
import { barSpec, renderChartSvg } from '../report/html/svg-chart.ts';
import type { AuditSummary } from './aggregate.ts';

const words = (s: string) => s.replace(/_/g, ' ');
const pct = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : 0);

/** Gaps per item by month of request, as labelled columns (one per month, in date order). */
function monthSpec(s: AuditSummary): TopLevelSpec {
  const rows = s.byMonth.map((m) => ({ month: m.key, perItem: m.items ? Math.round((m.gaps / m.items) * 100) / 100 : 0, items: m.items }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: 'Column chart of documentation gaps per requested item, by month of the request date',
    title: { text: 'Gaps per item by month of request', anchor: 'start', fontSize: 13 },
    width: { step: 44 }, height: 160,
    data: { values: rows },
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: null, title: 'month', axis: { labelAngle: -40 } },
      y: { field: 'perItem', type: 'quantitative', title: 'gaps per item' },
    },
    layer: [
      { mark: { type: 'bar', color: '#555555' } },
      { mark: { type: 'text', dy: -6, fontSize: 10 }, encoding: { text: { field: 'perItem', type: 'quantitative', format: '.2f' } } },
    ],
  } as TopLevelSpec;
}

/** Every chart of the audit, as SVG strings keyed by section. Charts with no data are left out. */
export async function renderAuditCharts(s: AuditSummary): Promise<Record<string, string>> {
  const charts: Record<string, string> = {};
  if (s.byCode.length) {
    charts.byCode = await renderChartSvg(barSpec(s.byCode.map((r) => ({ label: r.code, value: r.items })), {
      title: 'Items with each gap', xTitle: 'requested items', description: 'Bar chart of how many requested items carry each documentation gap code' }));
  }
  charts.missing = await renderChartSvg(barSpec(s.missing.map((m) => ({ label: m.label, value: pct(m.missing, m.relevant) })), {
    title: 'Cases missing each kind of fact (%)', xTitle: 'percent of cases where it applies', format: '.1f',
    description: 'Bar chart of the percentage of cases whose records lack each kind of fact' }));
  const gapModalities = s.byModality.filter((m) => m.gaps > 0);
  if (gapModalities.length) {
    charts.byModality = await renderChartSvg(barSpec(gapModalities.map((m) => ({ label: words(m.key), value: m.gaps })), {
      title: 'Gaps by request modality', xTitle: 'gaps', description: 'Bar chart of documentation gaps by the modality of the requested treatment' }));
  }
  const failing = s.byCriterion.filter((c) => c.notMet + c.notDocumented > 0).slice(0, 20);
  if (failing.length) {
    charts.byCriterion = await renderChartSvg(barSpec(failing.map((c) => ({ label: c.criterionId, value: c.notMet + c.notDocumented })), {
      title: 'Criteria not met or not documented', xTitle: 'items', description: 'Bar chart of guideline criteria by how many items failed them' }));
  }
  if (s.byMonth.length) charts.byMonth = await renderChartSvg(monthSpec(s));
  return charts;
}
