import type { AnalyzedDocument } from '../text/analyze.ts';

// "Work: modified duty", "Request: ...": a short label and a colon opening a line of a form.
const FIELD_LABEL = /^[\s\-*•]*([A-Z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){0,3})\s*:(?!\d)/u;

/**
 * Where a form's next labelled field starts inside a treatment-to-date list: a PR-2 lists the
 * treatments to date and then runs on into "Work: modified duty", "Disputed: ..." lines that are
 * not care received. Returns the offset (in `ad.text`) of the last such label at a line start in
 * [from, to), or -1. `isTreatment` says whether a label still names treatment ("PT: x 12",
 * "Prior treatment:"), in which case the list goes on.
 */
export function fieldLabelBefore(ad: AnalyzedDocument, from: number, to: number, isTreatment: (label: string) => boolean): number {
  let found = -1;
  for (let i = from; i < to; i++) {
    // A sentence start, or a line start of the original text (normalisation made the break a blank).
    if (i > from && !/[\r\n\f]/.test(ad.doc.text[ad.norm.map[i - 1]] ?? '')) continue;
    if (!/[A-Z]/.test(ad.text[i] ?? '')) continue;
    const m = FIELD_LABEL.exec(ad.text.slice(i, Math.min(to, i + 60)));
    if (!m) continue;
    found = isTreatment(m[1]) ? -1 : i;
  }
  return found;
}
