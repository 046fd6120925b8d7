import { GAP_CODES, type GapCode } from '../core/gap-codes.ts';
import { html, type SafeHtml } from '../report/html/escape.ts';
import type { AuditSummary, CountRow } from './aggregate.ts';

const words = (s: string) => s.replace(/_/g, ' ');
const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : '—');
const perItem = (r: CountRow) => (r.items ? (r.gaps / r.items).toFixed(2) : '—');

/** Cases, missing facts per case, items, items with gaps and gaps per row (modality, provider, month). */
export function countTable(rows: CountRow[], keyTitle: string, extra?: (r: CountRow) => SafeHtml | string): SafeHtml {
  return html`<table><thead><tr><th>${keyTitle}</th><th class="num">cases</th><th class="num">facts missing per case</th><th class="num">items</th><th class="num">items with gaps</th><th class="num">gaps</th><th class="num">gaps per item</th>${extra ? html`<th>most frequent gaps</th>` : ''}</tr></thead><tbody>
${rows.map((r) => html`<tr><td>${words(r.key)}</td><td class="num">${r.cases}</td><td class="num">${r.cases ? (r.missingFacts / r.cases).toFixed(1) : '—'}</td><td class="num">${r.items}</td><td class="num">${r.itemsWithGaps}</td><td class="num">${r.gaps}</td><td class="num">${perItem(r)}</td>${extra ? html`<td>${extra(r)}</td>` : ''}</tr>`)}
</tbody></table>`;
}

export function codeTable(s: AuditSummary): SafeHtml {
  if (!s.byCode.length) return html`<p class="muted">No item has a documentation gap.</p>`;
  return html`<table><thead><tr><th>gap code</th><th class="num">items</th><th class="num">share of items</th><th>what it means</th></tr></thead><tbody>
${s.byCode.map((r) => html`<tr><td>${r.code}</td><td class="num">${r.items}</td><td class="num">${pct(r.items, s.items)}</td><td>${GAP_CODES[r.code as GapCode] ?? ''}</td></tr>`)}
</tbody></table>`;
}

export function criterionTable(s: AuditSummary): SafeHtml {
  if (!s.byCriterion.length) return html`<p class="muted">No guideline criterion was applied (no requested item fell under a rule pack).</p>`;
  return html`<table><thead><tr><th>criterion</th><th>guideline source</th><th class="num">applied</th><th class="num">met</th><th class="num">not met</th><th class="num">not documented</th></tr></thead><tbody>
${s.byCriterion.map((c) => html`<tr><td>${c.description}<br><span class="muted">${c.criterionId}</span></td><td>${c.source}</td><td class="num">${c.applied}</td><td class="num">${c.met}</td><td class="num">${c.notMet}</td><td class="num">${c.notDocumented}</td></tr>`)}
</tbody></table>`;
}

export function missingTable(s: AuditSummary): SafeHtml {
  return html`<table><thead><tr><th>fact</th><th class="num">cases where it applies</th><th class="num">cases missing it</th><th class="num">share</th></tr></thead><tbody>
${s.missing.map((m) => html`<tr><td>${m.label}</td><td class="num">${m.relevant}</td><td class="num">${m.missing}</td><td class="num">${pct(m.missing, m.relevant)}</td></tr>`)}
</tbody></table>`;
}

/** Cases with the most gaps first, each linking to its reviewer report. */
export function rankedTable(s: AuditSummary, labelOf: (id: string) => string): SafeHtml {
  return html`<table class="ranked"><thead><tr><th class="num">rank</th><th>case</th><th>request date</th><th class="num">items</th><th class="num">gaps</th><th>gap codes</th><th>facts missing</th><th>predicted</th></tr></thead><tbody>
${s.ranked.map((c, i) => html`<tr><td class="num">${i + 1}</td><td><a href="cases/${encodeURIComponent(c.caseId)}.html">${c.caseId}</a></td><td>${c.requestDate ?? '—'}</td><td class="num">${c.items}</td><td class="num">${c.gaps}</td><td>${c.codes.join(', ')}</td><td>${c.missing.map(labelOf).join(', ')}</td><td>${c.decisions.join(', ')}</td></tr>`)}
</tbody></table>`;
}
