import type { CaseResult } from '../../core/case-result.ts';
import type { ItemScreening } from '../../core/decision.ts';
import type { Fact } from '../../core/fact.ts';
import { isAsserted } from '../assertion.ts';
import { splitSource } from './guideline-source.ts';

const words = (s: string) => s.replace(/_/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const sentence = (s: string) => (/[.!?]$/.test(squash(s)) ? squash(s) : `${squash(s)}.`);
// Lower-cases a leading capitalised word, leaving acronyms ("MTUS", "TENS") alone.
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

function joinList(items: string[], sep = ', '): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${sep === ', ' ? ' and ' : '; and '}${items[items.length - 1]}`;
}

/** The guideline cited most often by the applied criteria comes first: it is the one the item is judged under. */
function guidelinesOf(s: ItemScreening): string[] {
  const counts = new Map<string, number>();
  for (const c of s.criteria.filter((x) => x.status !== 'not_applicable')) {
    for (const r of splitSource(c.source)) counts.set(r.guideline, (counts.get(r.guideline) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([g]) => g);
}

/**
 * A draft rationale for one item in the order an IMR determination argues: the guideline and what
 * it requires, what the record documents (quoted), what it does not, and the conclusion. Built
 * only from the screening (criteria, gaps, asserted facts); the reviewer edits it before use.
 */
export function draftRationale(result: CaseResult, s: ItemScreening): string {
  const byId = new Map(result.facts.map((f) => [f.id, f]));
  const applied = s.criteria.filter((c) => c.status !== 'not_applicable');
  const out: string[] = [];
  const [primary, ...others] = guidelinesOf(s);
  if (primary) {
    out.push(`Under the ${primary}${others.length ? ` (with ${joinList(others)})` : ''}, the following criteria apply to this request.`);
    out.push(...applied.filter((c) => c.status !== 'met').map((c) => sentence(c.description)));
  } else {
    out.push(`[Guideline and criteria to be added by the reviewer: no rule pack covers ${words(s.item.modality)}.]`);
  }
  // The worker's current diagnoses: a historical one is not what the request treats.
  const diagnoses = [...new Set(result.facts.flatMap((f) => (f.type === 'diagnosis' && isAsserted(f) && !f.context.historical ? [lowerFirst(squash(f.value.name))] : [])))];
  out.push(diagnoses.length
    ? `Within the medical information available for review, there is documentation of ${diagnoses.length > 1 ? 'diagnoses' : 'a diagnosis'} of ${joinList(diagnoses)}.`
    : 'Within the medical information available for review, no diagnosis is clearly documented.');
  // What the record does show, quoted: the asserted facts the criteria rested on.
  const shown = [...new Set(applied.flatMap((c) => c.facts))].map((id) => byId.get(id))
    .filter((f): f is Fact => f !== undefined && isAsserted(f) && !f.context.documentationGap);
  const quotes = [...new Set(shown.map((f) => `"${squash(f.text)}"`))];
  if (quotes.length) out.push(`In addition, there is documentation of ${joinList(quotes)}.`);
  const gaps = s.gaps.map((g) => lowerFirst(squash(g.message).replace(/\.$/, '')));
  // Gap messages may hold commas of their own, so they are joined with semicolons.
  if (gaps.length) out.push(`However, ${joinList(gaps, '; ')}.`);
  const necessary = s.outcome === 'supported' ? 'medically necessary' : 'not medically necessary';
  out.push(`Therefore, based on guidelines and a review of the evidence, the request for ${squash(s.item.text)} is ${necessary}.`);
  return out.join(' ');
}
