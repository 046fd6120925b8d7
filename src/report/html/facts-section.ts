import type { CaseResult } from '../../core/case-result.ts';
import { FACT_TYPES } from '../../core/fact.ts';
import { html, type SafeHtml } from './escape.ts';
import { renderFactList } from './fact-quote.ts';

/** Headings for the fact types a reviewer knows by name; other types get their name in words. */
const TITLES: Record<string, string> = {
  age: 'Age', sex: 'Sex', date_of_injury: 'Date of injury', diagnosis: 'Diagnoses', prior_treatment: 'Prior treatment',
  pain_relief: 'Pain relief', pain_score: 'Pain scores', functional_improvement: 'Functional improvement',
  medication: 'Medications', work_status: 'Work status',
};

const title = (type: string) => TITLES[type] ?? type.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Every fact the pipeline found, by type, each quoted; negated and historical ones visibly marked. */
export function renderFactsSection(result: CaseResult): SafeHtml {
  const groups = FACT_TYPES.map((type) => ({ type, facts: result.facts.filter((f) => f.type === type) })).filter((g) => g.facts.length);
  return html`<section id="facts"><h2>Facts from the record</h2>
<p class="muted">Each quote links to its place in the document. Struck-through quotes are negated; <span class="ctx ctx-historical">historical</span> and other context labels say why a quote does or does not count.</p>
${groups.length ? groups.map((g) => html`<h3>${title(g.type)}</h3>${renderFactList(result, g.facts)}`) : html`<p class="muted">No facts were found.</p>`}
</section>`;
}
