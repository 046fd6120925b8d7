import type { CaseResult } from '../../core/case-result.ts';
import type { FactOf, FactType } from '../../core/fact.ts';
import { isAsserted } from '../assertion.ts';
import { isoDate } from '../gold-export.ts';
import { html, type SafeHtml } from './escape.ts';
import { quoteAnchor } from './fact-quote.ts';
import { requestDate } from './request-date.ts';

/** The first fact of a type the record asserts, if any. */
export function firstAsserted<T extends FactType>(result: CaseResult, type: T): FactOf<T> | undefined {
  return result.facts.find((f): f is FactOf<T> => f.type === type && isAsserted(f));
}

/** A value with a link to the quote it came from, or "not documented". */
function linked(value: string | undefined, factId: string | undefined): SafeHtml {
  if (value === undefined) return html`<span class="muted">not documented</span>`;
  return factId ? html`<a class="quote-link" href="#${quoteAnchor(factId)}">${value}</a>` : html`${value}`;
}

/** Header of the reviewer report: the worker, the injury, the documents screened and the request date. */
export function renderCaseHeader(result: CaseResult): SafeHtml {
  const age = firstAsserted(result, 'age');
  const sex = firstAsserted(result, 'sex');
  const doi = firstAsserted(result, 'date_of_injury');
  const metaDoi = result.documents.map((d) => isoDate(d.metadata.date_of_injury)).find(Boolean) ?? undefined;
  const req = requestDate(result);
  const doiCell = doi
    ? linked(`${doi.value.date}${doi.value.cumulative ? ' (cumulative trauma)' : ''}`, doi.id)
    : metaDoi ? html`${metaDoi} <span class="muted">(case header)</span>` : linked(undefined, undefined);
  return html`<header>
<h1>Pre-screening report: ${result.caseId}</h1>
<p class="muted">For the reviewer: predictions and draft text from the records, to check against the file. Pipeline ${result.pipeline.id} ${result.pipeline.version}.</p>
<dl class="facts" id="case-header">
<dt>Worker</dt><dd>${linked(age ? `${age.value.years} years` : undefined, age?.id)}, ${linked(sex?.value.sex, sex?.id)}</dd>
<dt>Date of injury</dt><dd>${doiCell}</dd>
<dt>Request date</dt><dd>${req ? html`${req.date}${req.basis === 'request date' ? '' : html` <span class="muted">(${req.basis}; no request date given)</span>`}` : linked(undefined, undefined)}</dd>
<dt>Requested</dt><dd>${result.items.length ? result.items.map((s, i) => html`${i ? '; ' : ''}<a href="#item-${s.item.index}">${s.item.index}. ${s.item.text}</a>`) : html`<span class="muted">no requested items</span>`}</dd>
</dl>
<h3>Documents screened</h3>
<table class="documents"><thead><tr><th>document</th><th>kind</th><th class="num">pages</th><th class="num">characters</th></tr></thead><tbody>
${result.documents.map((d) => html`<tr><td><a href="#doc-${d.id}">${d.source}</a></td><td>${d.kind}${d.ocrPages ? html` (${d.ocrPages} OCR p.)` : ''}</td><td class="num">${d.pages}</td><td class="num">${d.characters}</td></tr>`)}
</tbody></table>
</header>`;
}
