import type { CaseResult } from '../../core/case-result.ts';
import { PAGE_SEPARATOR, type SourceDocument } from '../../core/document.ts';
import type { Fact } from '../../core/fact.ts';
import { describeFact } from '../describe-fact.ts';
import { escapeHtml, html, raw, type SafeHtml } from './escape.ts';
import { contextLabels, quoteAnchor, whereLabel } from './fact-quote.ts';
import { markText, type MarkSpan } from './mark-spans.ts';

function markOf(fact: Fact, start: number, end: number): MarkSpan {
  const labels = contextLabels(fact);
  const cls = ['fact', fact.type, ...(fact.context.negated ? ['negated'] : []), ...(fact.context.historical ? ['historical'] : [])].join(' ');
  const title = `${fact.type.replace(/_/g, ' ')}: ${describeFact(fact)}${labels.length ? ` (${labels.map((l) => l.label).join(', ')})` : ''}`;
  return { start, end, id: quoteAnchor(fact.id), factId: fact.id, cls, title };
}

/** Each source document in full, with every quoted span highlighted where it stands. */
function renderDocuments(result: CaseResult, documents: SourceDocument[]): SafeHtml {
  return html`${documents.map((doc) => {
    let page = 1;
    // Page separators become visible page markers, so a quote's page can be checked by eye.
    const renderText = (s: string) => escapeHtml(s).split(PAGE_SEPARATOR)
      .map((part, i) => (i === 0 ? part : `<span class="page-break">page ${++page}</span>${part}`)).join('');
    const spans = result.facts.filter((f) => f.span.document === doc.id).map((f) => markOf(f, f.span.start, f.span.end));
    return html`<section class="document-view" id="doc-${doc.id}">
<h3>${doc.source} <span class="muted">(${doc.pages.length} p.)</span></h3>
<div class="doc-text"><span class="page-break">page 1</span>${raw(markText(doc.text, spans, renderText))}</div>
</section>`;
  })}`;
}

/**
 * Without the document text (a result read back from JSON or the queue), each quote is shown in
 * its sentence, highlighted, so every link still lands on a highlighted span.
 */
function renderSentences(result: CaseResult): SafeHtml {
  return html`<section class="document-view" id="quoted-sentences">
<p class="muted">The document text was not available to this report; each quote is shown in its sentence.</p>
<ol class="sentences">${result.facts.map((f) => {
    let at = f.sentence.indexOf(f.text);
    const sentence = at >= 0 ? f.sentence : `${f.sentence} … ${f.text}`;
    if (at < 0) at = sentence.length - f.text.length;
    const marked = markText(sentence, [markOf(f, at, at + f.text.length)]);
    return html`<li><span class="source-sentence">${raw(marked)}</span> <span class="muted">(${whereLabel(result, f)})</span></li>`;
  })}</ol>
</section>`;
}

/** The document view that quote links point into: full documents when given, else the quoted sentences. */
export function renderDocumentView(result: CaseResult, documents?: SourceDocument[]): SafeHtml {
  const known = new Set(result.documents.map((d) => d.id));
  const docs = (documents ?? []).filter((d) => known.has(d.id));
  const complete = docs.length > 0 && result.facts.every((f) => docs.some((d) => d.id === f.span.document));
  return html`<h2 id="documents">Documents, with the quoted spans highlighted</h2>
${complete ? renderDocuments(result, docs) : renderSentences(result)}`;
}
