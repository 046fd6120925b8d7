import type { CaseResult } from '../../core/case-result.ts';
import type { SourceDocument } from '../../core/document.ts';
import { renderCaseHeader } from './case-header.ts';
import { renderDocumentView } from './document-view.ts';
import { html } from './escape.ts';
import { renderFactsSection } from './facts-section.ts';
import { renderItemSection } from './item-section.ts';
import { renderPage } from './page.ts';
import { renderTreatmentTimeline } from './treatment-timeline.ts';

/**
 * The reviewer's pre-screening report as one self-contained HTML page: header, one section per
 * requested item (outcome, criteria, gaps, draft rationale), treatment to date, every fact, and
 * the document view every quote links into. Pass the source documents (from `buildCaseInput`) to
 * show them in full; without them each quote is shown in its sentence.
 */
export async function renderHtml(result: CaseResult, documents?: SourceDocument[]): Promise<string> {
  const body = html`${renderCaseHeader(result)}
<nav class="toc"><ul>
${result.items.map((s) => html`<li><a href="#item-${s.item.index}">Request ${s.item.index}</a></li>`)}
<li><a href="#timeline">Treatment to date</a></li><li><a href="#facts">Facts from the record</a></li><li><a href="#documents">Documents</a></li>
</ul></nav>
${result.items.length ? result.items.map((s) => renderItemSection(result, s)) : html`<p class="muted">No treatment was requested in this case.</p>`}
${await renderTreatmentTimeline(result)}
${renderFactsSection(result)}
${renderDocumentView(result, documents)}
<p class="print-only muted">Printed pre-screening report for case ${result.caseId}; the draft rationales are drafts, not determinations.</p>`;
  return renderPage({ title: `Pre-screening report: ${result.caseId}`, body, generator: `prescreen ${result.pipeline.id} ${result.pipeline.version}` });
}
