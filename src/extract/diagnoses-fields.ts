import type { AnalyzedDocument } from '../text/analyze.ts';
import type { Section } from '../text/sections.ts';
import type { DiagnosisCues } from './diagnoses-lexicons.ts';
import { hasProseWord } from './diagnoses-lines.ts';

// Where a diagnosis list of a form ends, and which "Diagnoses:" cues are section headers: layout.

// "Work: ...", "Functional improvement: ...": a short label and a colon opening a line.
const FIELD_LABEL = /^[\s\-*•]*([A-Z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){0,3})\s*:(?!\d)/u;

/**
 * Whether a line of a diagnosis list opens another labelled field of a form: a label that is
 * neither a diagnosis header nor a site ("Right knee: medial meniscus tear" is an item).
 */
export function isFieldLabel(line: string, cues: DiagnosisCues): boolean {
  const m = FIELD_LABEL.exec(line);
  // "It reveals the following:" is a clause that opens the list, not a field.
  if (!m || cues.test('section', m[1].trim()) || hasProseWord(m[1], cues) || /following$/iu.test(m[1])) return false;
  const words = m[1].toLowerCase().split(/\s+/u);
  return !words.some((w) => cues.words.fragment.has(w) || cues.test('fragment', w) !== null);
}

/** Whether `at` opens a line of the original text (only blanks since a line break). */
export function startsSourceLine(ad: AnalyzedDocument, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = ad.doc.text[ad.norm.map[i]] ?? '';
    if (/[\r\n\f]/.test(ch)) return true;
    if (!/\s/.test(ad.text[i])) return false;
  }
  return true;
}

/** Whether the sectioniser read the cue at [start, end) as the header of a section. */
export function opensSection(section: Section | null | undefined, start: number, end: number): boolean {
  return !!section && section.start >= start - 2 && section.start <= end + 2;
}
