import { pageAt } from '../core/document.ts';
import { Fact } from '../core/fact.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import type { Candidate } from './extractor.ts';

/**
 * Turns candidates into facts with full provenance: original span and page, the sentence, the
 * section category, the ConText decision and the OCR confidence of the page. Ids are assigned
 * later, per case, in document order.
 */
export function toFacts(ad: AnalyzedDocument, candidates: Candidate[]): Omit<Fact, 'id'>[] {
  // Sections that are about the record (an IMR rationale) yield no facts, whatever the extractor.
  const kept = candidates.filter((c) => ad.sentenceAt(c.start)?.section?.facts !== false);
  return kept.map((c) => {
    const o = ad.toOriginal(c.start, c.end);
    const page = pageAt(ad.doc, o.start);
    const sentence = ad.sentenceAt(c.start);
    const sentenceText = sentence ? ad.doc.text.slice(...Object.values(ad.toOriginal(sentence.start, sentence.end)) as [number, number]) : ad.text.slice(c.start, c.end);
    return {
      type: c.type,
      value: c.value,
      text: ad.doc.text.slice(o.start, o.end),
      span: { document: ad.doc.id, page: page.number, start: o.start, end: o.end },
      sentence: sentenceText.replace(/\s+/g, ' ').trim(),
      section: sentence?.section?.category ?? null,
      context: ad.contextOf(c.start, c.end),
      ruleId: c.ruleId,
      confidence: page.ocrConfidence ?? null,
    } as Omit<Fact, 'id'>;
  });
}

/** Orders facts by document then position, numbers them `<type>-<n>`, and validates each. */
export function numberFacts(facts: Omit<Fact, 'id'>[], documentOrder: string[]): Fact[] {
  const rank = new Map(documentOrder.map((d, i) => [d, i]));
  const sorted = [...facts].sort((a, b) =>
    (rank.get(a.span.document) ?? 0) - (rank.get(b.span.document) ?? 0) || a.span.start - b.span.start ||
    a.span.end - b.span.end || a.type.localeCompare(b.type) || a.ruleId.localeCompare(b.ruleId));
  const counters = new Map<string, number>();
  return sorted.map((f) => {
    const n = (counters.get(f.type) ?? 0) + 1;
    counters.set(f.type, n);
    return Fact.parse({ ...f, id: `${f.type}-${n}` });
  });
}
