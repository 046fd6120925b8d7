import { html, raw, type SafeHtml } from '../report/html/escape.ts';
import { renderPage } from '../report/html/page.ts';
import type { AuditSummary } from './aggregate.ts';
import { codeTable, countTable, criterionTable, missingTable, rankedTable } from './audit-tables.ts';
import { FACT_FAMILIES } from './missing-facts.ts';

/** The CSV files written beside audit.html, with what each holds. */
export const AUDIT_CSV_FILES: [file: string, what: string][] = [
  ['gaps-by-code.csv', 'items carrying each gap code'],
  ['gaps-by-modality.csv', 'items, gaps and gaps per item by request modality'],
  ['gaps-by-modality-code.csv', 'items by request modality and gap code'],
  ['gaps-by-criterion.csv', 'each guideline criterion: applied, met, not met, not documented'],
  ['gaps-by-provider.csv', 'items and gaps by the provider the documents name'],
  ['gaps-by-month.csv', 'items and gaps by month of the request date'],
  ['missing-facts.csv', 'cases missing each kind of fact'],
  ['cases-ranked.csv', 'cases ranked by gaps'],
];

const figure = (svg: string | undefined, caption: string): SafeHtml | '' =>
  svg ? html`<figure class="chart">${raw(svg)}<figcaption>${caption}</figcaption></figure>` : '';

/** audit.html: summary, gaps by code, modality, criterion, provider and month, missing facts, ranked cases. */
export function renderAuditHtml(s: AuditSummary, charts: Record<string, string>, meta: { input: string; pipeline: string; failures: number }): string {
  const label = (id: string) => FACT_FAMILIES.find((f) => f.id === id)?.label ?? id;
  const topCodes = (modality: string) => s.byModalityCode.filter((r) => r.modality === modality).slice(0, 3).map((r) => `${r.code} (${r.items})`).join(', ');
  const body = html`<header><h1>Documentation-quality audit</h1>
<p class="muted">${meta.input} · pipeline ${meta.pipeline}. Gaps are the pipeline's predictions from the records, for spotting patterns, not determinations.</p>
<dl class="facts" id="audit-summary">
<dt>Cases</dt><dd>${s.cases}${meta.failures ? html` <span class="muted">(${meta.failures} could not be read)</span>` : ''}</dd>
<dt>Requested items</dt><dd>${s.items}</dd>
<dt>Items with a gap</dt><dd>${s.itemsWithGaps}</dd>
<dt>Gaps</dt><dd>${s.gaps}</dd>
<dt>Request dates from</dt><dd>${s.requestDateBasis.length ? s.requestDateBasis.join(', ') : 'no dates in the documents'}</dd>
</dl></header>
<nav class="toc"><ul><li><a href="#by-code">By gap</a></li><li><a href="#by-modality">By modality</a></li><li><a href="#by-criterion">By criterion</a></li><li><a href="#by-provider">By provider</a></li><li><a href="#by-month">Over time</a></li><li><a href="#missing">Missing facts</a></li><li><a href="#ranked">Cases with the most gaps</a></li><li><a href="#csv">CSV files</a></li></ul></nav>
<section id="by-code"><h2>How often each gap occurs</h2>${figure(charts.byCode, 'Requested items carrying each gap code (an item counts once per code).')}${codeTable(s)}</section>
<section id="by-modality"><h2>By request modality</h2>${figure(charts.byModality, 'Gaps by the modality of the requested treatment.')}${countTable(s.byModality, 'modality', (r) => topCodes(r.key))}</section>
<section id="by-criterion"><h2>By guideline criterion</h2>${figure(charts.byCriterion, 'Items that failed each criterion (not met or not documented).')}${criterionTable(s)}</section>
<section id="by-provider"><h2>By provider</h2>${s.byProvider.length ? countTable(s.byProvider, 'provider or specialty') : html`<p class="muted">No document names a provider or specialty.</p>`}</section>
<section id="by-month"><h2>Over time</h2>${figure(charts.byMonth, `Gaps per requested item by month (${s.requestDateBasis.join(', ') || 'no date'}).`)}${countTable(s.byMonth, 'month')}</section>
<section id="missing"><h2>Facts most often missing</h2>${figure(charts.missing, 'Share of cases whose records lack each kind of fact; prior counts only where treatment other than drugs is mentioned.')}${missingTable(s)}</section>
<section id="ranked"><h2>Cases with the most gaps</h2><p class="muted">Each case links to its reviewer report.</p>${rankedTable(s, label)}</section>
<section id="csv"><h2>CSV files</h2><ul>${AUDIT_CSV_FILES.map(([f, what]) => html`<li><a href="${f}">${f}</a>: ${what}</li>`)}</ul></section>`;
  return renderPage({ title: 'Documentation-quality audit', body, generator: `prescreen ${meta.pipeline}` });
}
