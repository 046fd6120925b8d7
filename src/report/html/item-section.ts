import type { CaseResult } from '../../core/case-result.ts';
import type { ItemScreening } from '../../core/decision.ts';
import type { Fact } from '../../core/fact.ts';
import { draftRationale } from './draft-rationale.ts';
import { html, type SafeHtml } from './escape.ts';
import { renderFactList } from './fact-quote.ts';
import { splitSource } from './guideline-source.ts';

const words = (s: string) => s.replace(/_/g, ' ');
const STATUS_LABEL = { met: 'met', not_met: 'not met', not_documented: 'not documented', not_applicable: 'not applicable' } as const;

function parsedRequest(s: ItemScreening): string {
  const i = s.item;
  const parts = [words(i.modality)];
  if (i.quantity !== null) parts.push(`quantity ${i.quantity}`);
  if (i.frequencyPerWeek !== null) parts.push(`${i.frequencyPerWeek} a week`);
  if (i.durationWeeks !== null) parts.push(`${i.durationWeeks} weeks`);
  if (i.bodyRegion) parts.push(i.bodyRegion);
  if (i.continuation) parts.push('continuation');
  return parts.join(', ');
}

function criteriaTable(result: CaseResult, s: ItemScreening, byId: Map<string, Fact>): SafeHtml {
  if (!s.criteria.length) return html`<p class="muted">No guideline criteria were applied to this item.</p>`;
  return html`<table class="criteria"><thead><tr><th>criterion</th><th>status</th><th>guideline and section</th><th>finding and facts</th></tr></thead><tbody>
${s.criteria.map((c) => {
    const refs = splitSource(c.source);
    const facts = c.facts.map((id) => byId.get(id)).filter((f): f is Fact => f !== undefined);
    return html`<tr class="criterion" data-status="${c.status}"><td>${c.description}<br><span class="muted">${c.criterionId}</span></td>
<td><span class="badge status-${c.status}">${STATUS_LABEL[c.status]}</span></td>
<td><ul class="refs">${refs.map((r) => html`<li><span class="guideline">${r.guideline}</span>${r.section ? html`, <span class="section">§ ${r.section}</span>` : ''}</li>`)}</ul></td>
<td>${c.explanation}${renderFactList(result, facts)}</td></tr>`;
  })}
</tbody></table>`;
}

function gapList(result: CaseResult, s: ItemScreening, byId: Map<string, Fact>): SafeHtml {
  if (!s.gaps.length) return html`<p class="muted">No documentation gaps were found for this item.</p>`;
  return html`<ol class="gaps">${s.gaps.map((g) => html`<li class="gap" data-code="${g.code}"><strong>${g.message}</strong>
<br><span class="muted">${g.code} · ${g.criterionId} · ${g.source}</span>
${renderFactList(result, g.facts.map((id) => byId.get(id)).filter((f): f is Fact => f !== undefined))}</li>`)}</ol>`;
}

/**
 * One requested item: the predicted outcome, the criteria table (met / not met / not documented,
 * with each criterion's guideline and section), the gaps with the facts they rest on, and a draft
 * rationale the reviewer can edit in the page (contenteditable; nothing is sent anywhere).
 */
export function renderItemSection(result: CaseResult, s: ItemScreening): SafeHtml {
  const byId = new Map(result.facts.map((f) => [f.id, f]));
  const outcome = s.outcome === 'supported' ? 'supported: medically necessary (Overturned)' : 'not supported: not medically necessary (Upheld)';
  return html`<section class="item" id="item-${s.item.index}">
<h2>Request ${s.item.index}: ${s.item.text}</h2>
<p class="muted">Parsed as ${parsedRequest(s)}${s.packId ? ` · rule pack ${s.packId}` : ' · no rule pack covers this request'}</p>
<p class="outcome ${s.outcome}">Predicted outcome: <strong>${outcome}</strong></p>
${s.reasons.length ? html`<ul class="reasons">${s.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
<h3>Criteria</h3>
${criteriaTable(result, s, byId)}
<h3>Gaps</h3>
${gapList(result, s, byId)}
<h3>Draft rationale</h3>
<div class="draft" id="draft-${s.item.index}">
<div class="draft-label">Draft for the reviewer to edit: not a determination</div>
<div class="draft-text" contenteditable="true" spellcheck="true">${draftRationale(result, s)}</div>
</div>
</section>`;
}
