/**
 * The stylesheet shared by the reviewer report and the audit. Meaning never rests on colour alone:
 * statuses carry words and symbols, negated quotes are struck through, historical ones dashed.
 * The print rules fit A4 and Letter alike (no fixed page size, margins in mm).
 */
export const BASE_CSS = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #bbb; --mark: #fff2a8; --target: #ffd54a; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); margin: 0; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.muted { color: var(--muted); }
.badge { display: inline-block; border: 1px solid var(--ink); border-radius: 3px; padding: 0 .35rem; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.status-met::before { content: "\\2713  "; }
.status-not_met { background: #222; color: #fff; }
.status-not_met::before { content: "\\2717  "; }
.status-not_documented { border-style: dashed; }
.status-not_documented::before { content: "?  "; }
.status-not_applicable { color: var(--muted); border-color: var(--rule); }
.outcome { font-size: 1.1rem; border: 2px solid var(--ink); padding: .4rem .6rem; display: inline-block; margin: .3rem 0; }
.outcome.not_supported { border-style: double; border-width: 4px; }
blockquote.quote { margin: .25rem 0 .25rem 1rem; padding-left: .6rem; border-left: 3px solid var(--rule); }
a.quote-link { color: inherit; }
.ctx { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; margin-left: .3rem; }
.ctx-negated { text-decoration: line-through; }
.ctx-historical { border-bottom: 1px dashed var(--ink); }
.not-asserted q, .not-asserted mark, mark.negated { text-decoration: line-through; }
mark.historical { text-decoration: underline dashed; }
mark { background: var(--mark); color: inherit; padding: 0 1px; }
mark:target, span.source-sentence:target mark { background: var(--target); outline: 2px solid var(--ink); outline-offset: 1px; }
.doc-text { white-space: pre-wrap; font: 13px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid var(--rule); padding: .8rem; overflow-wrap: anywhere; }
.page-break { display: block; border-top: 1px dashed var(--rule); margin: .6rem 0; color: var(--muted); font-size: .75rem; }
.draft { border: 2px dashed var(--ink); padding: .6rem .8rem; background: #fafafa; }
.draft-label { font-weight: 700; text-transform: uppercase; font-size: .8rem; letter-spacing: .05em; }
.draft-text { min-height: 4rem; outline: none; }
ul.refs { list-style: none; margin: 0; padding: 0; }
ul.refs li + li { margin-top: .3rem; }
.section { white-space: nowrap; }
figure.chart { margin: .5rem 0 1rem; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-size: .85rem; color: var(--muted); }
nav.toc ul { columns: 2; margin: .3rem 0; }
.print-only { display: none; }
@page { margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .screen-only, nav.toc { display: none; }
  .print-only { display: block; }
  h2 { break-after: avoid; }
  tr, figure.chart, blockquote.quote, .draft { break-inside: avoid; }
  section.document-view { break-before: page; }
  a { color: inherit; text-decoration: none; }
  mark { outline: none; }
  .draft { background: none; }
}
`;
