import type { CaseResult } from '../core/case-result.ts';
import type { Fact, FactType } from '../core/fact.ts';
import { isAsserted } from './assertion.ts';
import { describeFact } from './describe-fact.ts';

const SECTIONS: [FactType, string][] = [
  ['age', 'Age'], ['sex', 'Sex'], ['date_of_injury', 'Date of injury'], ['diagnosis', 'Diagnoses'],
  ['prior_treatment', 'Prior treatment'], ['pain_relief', 'Pain relief'], ['pain_score', 'Pain scores'],
  ['functional_improvement', 'Functional improvement'], ['medication', 'Medications'], ['work_status', 'Work status'],
];

const quote = (s: string) => `"${s.replace(/\s+/g, ' ').trim()}"`;

function where(result: CaseResult, f: Fact): string {
  const doc = result.documents.find((d) => d.id === f.span.document);
  const ocr = f.confidence !== null ? `, OCR ${(f.confidence * 100).toFixed(0)}%` : '';
  return `${doc?.source ?? f.span.document} p.${f.span.page}${ocr}`;
}

function contextNote(f: Fact): string {
  const flags = (['negated', 'possible', 'hypothetical', 'historical', 'family', 'documentationGap'] as const)
    .filter((k) => f.context[k]);
  return flags.length ? ` _(${flags.join(', ')})_` : '';
}

/**
 * The reviewer's pre-screen summary: per requested item the predicted outcome, the gaps with the
 * guideline they rest on and the criteria checked; then every fact, quoted with its page.
 */
export function renderMarkdown(result: CaseResult): string {
  const byId = new Map(result.facts.map((f) => [f.id, f]));
  const out: string[] = [`# Pre-screen: ${result.caseId}`, ''];
  out.push(`Documents: ${result.documents.map((d) => `${d.source} (${d.pages} p.)`).join(', ')}`, '');
  for (const s of result.items) {
    out.push(`## Request ${s.item.index}: ${s.item.text}`, '');
    const qty = s.item.quantity !== null ? `, quantity ${s.item.quantity}` : '';
    out.push(`- Parsed: ${s.item.modality.replace(/_/g, ' ')}${qty}${s.item.bodyRegion ? `, ${s.item.bodyRegion}` : ''}${s.item.continuation ? ', continuation' : ''}`);
    out.push(`- **Predicted outcome: ${s.outcome === 'supported' ? 'supported' : 'not supported'} (${s.decision})**${s.packId ? ` under ${s.packId}` : ' (no rule pack for this category)'}`, '');
    if (s.gaps.length) {
      out.push('### Gaps', '');
      for (const g of s.gaps) {
        out.push(`- **${g.code}**: ${g.message} _[${g.criterionId}; ${g.source}]_`);
        for (const id of g.facts) {
          const f = byId.get(id);
          if (f) out.push(`  - ${quote(f.text)} (${where(result, f)})`);
        }
      }
      out.push('');
    }
    if (s.criteria.length) {
      out.push('### Criteria', '', '| criterion | status | source | finding |', '|---|---|---|---|');
      for (const c of s.criteria) out.push(`| ${c.criterionId} | ${c.status.replace(/_/g, ' ')} | ${c.source} | ${c.explanation.replace(/\s+/g, ' ').replace(/\|/g, '/')} |`);
      out.push('');
    }
  }
  out.push('## Facts from the record', '');
  for (const [type, title] of SECTIONS) {
    const facts = result.facts.filter((f) => f.type === type);
    if (!facts.length) continue;
    out.push(`### ${title}`, '');
    for (const f of facts) {
      const mark = isAsserted(f) ? '' : ' ~~not asserted~~';
      out.push(`- ${describeFact(f)}: ${quote(f.text)} (${where(result, f)}; ${f.ruleId})${contextNote(f)}${mark}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
