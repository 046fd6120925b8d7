import type { AnalyzedDocument } from '../text/analyze.ts';
import type { DiagnosisCues } from './diagnoses-lexicons.ts';

// Any ALL-CAPS header, at a line start or run into a line after a stop or comma ("normal.,ASSESSMENT:"
// or "IMPRESSION ,1."): grammar of the layout, not vocabulary.
const ANY_HEADER = /(?:^|[\n,.]\s*)([A-Z][A-Z/&'-]+(?:\s+[A-Z/&'-]+)*)\s*(?::|,(?=\s*\d{1,2}[.)])|\n)/gu;

/**
 * Whether an offset lies under a diagnosis header: the nearest ALL-CAPS header before it, whether
 * the sectioniser found it or it was run into a line ("... normal.,ASSESSMENT: A 60-year-old ...").
 */
export function inDiagnosisSection(ad: AnalyzedDocument, cues: DiagnosisCues, at: number): boolean {
  const from = Math.max(0, at - 3000);
  let last: string | null = null;
  for (const m of ad.text.slice(from, at).matchAll(ANY_HEADER)) last = m[1];
  const header = last ?? ad.sentenceAt(at)?.section?.header ?? '';
  const cue = header ? cues.test('section', header.trim()) : null;
  return cue !== null && cue.history !== true;
}
