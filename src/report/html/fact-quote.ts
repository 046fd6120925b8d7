import type { CaseResult } from '../../core/case-result.ts';
import type { Fact } from '../../core/fact.ts';
import { isAsserted } from '../assertion.ts';
import { describeFact } from '../describe-fact.ts';
import { anchorId, html, type SafeHtml } from './escape.ts';

/** Context flags in the order a reviewer reads them, with the label shown on the page. */
const CONTEXT_LABELS: [keyof Fact['context'], string, string][] = [
  ['negated', 'negated', 'ctx-negated'],
  ['historical', 'historical', 'ctx-historical'],
  ['hypothetical', 'hypothetical', 'ctx-hypothetical'],
  ['possible', 'possible', 'ctx-possible'],
  ['family', 'family history', 'ctx-family'],
  ['documentationGap', 'documentation gap', 'ctx-gap'],
];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The id of the highlighted span a quote links to, in the document view. */
export const quoteAnchor = (factId: string): string => anchorId('q', factId);

/** Context labels of a fact ("negated", "historical"...), empty when none fired. */
export function contextLabels(fact: Fact): { label: string; cls: string }[] {
  return CONTEXT_LABELS.filter(([k]) => fact.context[k] === true).map(([, label, cls]) => ({ label, cls }));
}

/** "notes.txt p.2" for a fact's span, with the OCR confidence when OCR made the page. */
export function whereLabel(result: CaseResult, fact: Fact): string {
  const doc = result.documents.find((d) => d.id === fact.span.document);
  const ocr = fact.confidence !== null ? `, OCR ${(fact.confidence * 100).toFixed(0)}%` : '';
  return `${doc?.source ?? fact.span.document} p.${fact.span.page}${ocr}`;
}

/**
 * One fact as evidence: its reading, the quote linking to its highlighted span, where it stands,
 * and its context visibly marked (a negated quote is struck through and labelled).
 */
export function renderFactQuote(result: CaseResult, fact: Fact, options: { describe?: boolean; prefix?: string | null } = {}): SafeHtml {
  const asserted = isAsserted(fact);
  const labels = contextLabels(fact);
  return html`<li class="fact${asserted ? '' : ' not-asserted'}" data-fact="${fact.id}">${options.prefix ? html`<strong>${options.prefix}</strong>: ` : ''}${
    options.describe === false ? '' : html`<span class="fact-value">${describeFact(fact)}</span>: `
  }<a class="quote-link" href="#${quoteAnchor(fact.id)}"><q>${squash(fact.text)}</q></a> <span class="muted">(${whereLabel(result, fact)})</span>${
    labels.map((l) => html`<span class="ctx ${l.cls}">${l.label}</span>`)
  }${asserted ? '' : html`<span class="ctx">not counted</span>`}</li>`;
}

/** A list of facts as evidence, or nothing when there are none. */
export function renderFactList(result: CaseResult, facts: Fact[], options: { describe?: boolean } = {}): SafeHtml | '' {
  if (!facts.length) return '';
  return html`<ul class="fact-list">${facts.map((f) => renderFactQuote(result, f, options))}</ul>`;
}
