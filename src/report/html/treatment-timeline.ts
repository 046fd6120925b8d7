import type { CaseResult } from '../../core/case-result.ts';
import type { FactOf, FactType } from '../../core/fact.ts';
import { isAsserted } from '../assertion.ts';
import { isoDate } from '../gold-export.ts';
import { html, raw, type SafeHtml } from './escape.ts';
import { quoteAnchor, renderFactList, renderFactQuote, whereLabel } from './fact-quote.ts';
import { barSpec, renderChartSvg } from './svg-chart.ts';

const words = (s: string) => s.replace(/_/g, ' ');
// Numeric dates only (m/d/yy, m-d-yyyy, ISO): the grammar of dates, not a vocabulary.
const DATE = /(?<![\d/-])(\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\d/-])/;

/** The date a fact's own sentence gives it, if it names one ("On 6/6/14 pain was 7/10"). */
export function sentenceDate(sentence: string): string | null {
  const m = DATE.exec(sentence);
  return m ? isoDate(m[1]) : null;
}

/** Asserted facts of a type in record order (document order, then position): the order of events as written. */
function inRecordOrder<T extends FactType>(result: CaseResult, type: T): FactOf<T>[] {
  const docIndex = new Map(result.documents.map((d, i) => [d.id, i]));
  return result.facts
    .filter((f): f is FactOf<T> => f.type === type && isAsserted(f))
    .sort((a, b) => (docIndex.get(a.span.document) ?? 0) - (docIndex.get(b.span.document) ?? 0) || a.span.start - b.span.start);
}

async function priorTreatments(result: CaseResult): Promise<SafeHtml> {
  const facts = inRecordOrder(result, 'prior_treatment');
  if (!facts.length) return html`<p class="muted">No prior treatment is documented.</p>`;
  const byModality = new Map<string, FactOf<'prior_treatment'>[]>();
  for (const f of facts) byModality.set(f.value.modality, [...(byModality.get(f.value.modality) ?? []), f]);
  const rows = [...byModality].map(([modality, fs]) => {
    const counted = fs.filter((f) => f.value.count !== null);
    const best = counted.sort((a, b) => b.value.count! - a.value.count!)[0];
    return { modality, fs, best };
  });
  const chartRows = rows.filter((r) => r.best).map((r) => ({ label: words(r.modality), value: r.best!.value.count! }));
  const chart = chartRows.length
    ? raw(await renderChartSvg(barSpec(chartRows, { title: 'Prior sessions documented, by modality', xTitle: 'sessions (highest count stated)', description: 'Bar chart of the number of prior sessions documented for each treatment modality' })))
    : '';
  return html`${chart ? html`<figure class="chart">${chart}<figcaption>Highest count the record states per modality; modalities without a count are in the table only.</figcaption></figure>` : ''}
<table class="prior-treatments"><thead><tr><th>modality</th><th class="num">mentions</th><th>count documented</th><th>quotes</th></tr></thead><tbody>
${rows.map((r) => html`<tr><td>${words(r.modality)}</td><td class="num">${r.fs.length}</td><td>${r.best ? `${r.best.value.countQualifier && r.best.value.countQualifier !== 'exact' ? `${words(r.best.value.countQualifier)} ` : ''}${r.best.value.count}` : html`<span class="muted">not documented</span>`}</td><td>${renderFactList(result, r.fs, { describe: false })}</td></tr>`)}
</tbody></table>`;
}

async function painScores(result: CaseResult): Promise<SafeHtml> {
  const facts = inRecordOrder(result, 'pain_score');
  const relief = inRecordOrder(result, 'pain_relief');
  const points = facts.map((f, i) => ({
    n: i + 1, date: sentenceDate(f.sentence), score: Math.round((f.value.value / f.value.max) * 100) / 10,
    qualifier: words(f.value.qualifier), fact: f,
  }));
  const chart = points.length > 1 ? raw(await renderChartSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: 'Pain scores on a 0 to 10 scale in the order the record gives them, shaped by qualifier',
    title: { text: 'Pain scores over time (0-10)', anchor: 'start', fontSize: 13 },
    width: 420, height: 160,
    data: { values: points.map((p) => ({ mention: `${p.n}${p.date ? ` (${p.date})` : ''}`, score: p.score, qualifier: p.qualifier })) },
    encoding: {
      x: { field: 'mention', type: 'ordinal', sort: null, title: 'mention in record order (date when the sentence gives one)', axis: { labelAngle: points.some((p) => p.date) ? -30 : 0 } },
      y: { field: 'score', type: 'quantitative', scale: { domain: [0, 10] }, title: 'pain (0-10)' },
    },
    layer: [
      { mark: { type: 'line', color: '#999999', strokeDash: [3, 3] } },
      { mark: { type: 'point', filled: true, size: 70, color: '#222222' }, encoding: { shape: { field: 'qualifier', type: 'nominal', title: 'qualifier' } } },
      { mark: { type: 'text', dy: -10, fontSize: 11 }, encoding: { text: { field: 'score', type: 'quantitative' } } },
    ],
  } as never)) : '';
  return html`<h3>Pain scores over time</h3>
${chart ? html`<figure class="chart">${chart}<figcaption>Scores in record order; a date is shown where the score's sentence names one.</figcaption></figure>` : ''}
${points.length ? html`<table class="pain-scores"><thead><tr><th class="num">#</th><th>date</th><th>score</th><th>qualifier</th><th>quote</th></tr></thead><tbody>
${points.map((p) => html`<tr><td class="num">${p.n}</td><td>${p.date ?? html`<span class="muted">undated</span>`}</td><td>${p.fact.value.value}/${p.fact.value.max}</td><td>${p.qualifier}</td><td><a class="quote-link" href="#${quoteAnchor(p.fact.id)}"><q>${p.fact.text.replace(/\s+/g, ' ')}</q></a> <span class="muted">(${whereLabel(result, p.fact)})</span></td></tr>`)}
</tbody></table>` : html`<p class="muted">No pain score is documented.</p>`}
<h3>Pain relief</h3>
${relief.length ? renderFactList(result, relief) : html`<p class="muted">No percentage of pain relief is documented.</p>`}`;
}

function workStatus(result: CaseResult): SafeHtml {
  const facts = inRecordOrder(result, 'work_status');
  return html`<h3>Work status</h3>
${facts.length ? html`<ul class="fact-list">${facts.map((f) => renderFactQuote(result, f, { prefix: sentenceDate(f.sentence) }))}</ul>` : html`<p class="muted">Work status is not documented.</p>`}`;
}

/** Treatment to date: prior sessions per modality, pain scores and relief over time, work status. */
export async function renderTreatmentTimeline(result: CaseResult): Promise<SafeHtml> {
  return html`<section id="timeline"><h2>Treatment to date</h2>
<h3>Prior treatment by modality</h3>
${await priorTreatments(result)}
${await painScores(result)}
${workStatus(result)}
</section>`;
}
