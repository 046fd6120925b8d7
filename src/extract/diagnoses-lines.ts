import type { AnalyzedDocument } from '../text/analyze.ts';
import type { DiagnosisCues } from './diagnoses-lexicons.ts';
import type { DiagnosisList, Mode } from './diagnoses-lists.ts';

// The lines of a diagnosis section body: where they break, and which of them are lists.
const WORD = /[a-z0-9][a-z0-9'-]*/gu;
// A list number ending the text before a line ("... 2." / "#3").
const NUMBER_BEFORE = /(?:^|[\s,;:])(?:\(?\d{1,2}[.)]|#\s?\d{1,2}[.):]?)\s*$/u;

/**
 * Splits [start, end) at the line breaks of the original text that normalisation joined as a
 * wrap: a one-per-line list ("Left knee sprain\nLeft patellar tendinitis") has no commas, so each
 * line that starts with a capital after a line not ending in a comma or a joining word is an item.
 */
export function sourceLines(ad: AnalyzedDocument, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start + 1; i < end - 1; i++) {
    // "#2 Lumbar radiculopathy": a numbered problem opens its line like a capital does.
    if (ad.text[i] !== ' ' || !/[A-Z]|#\d/.test(ad.text.slice(i + 1, i + 3))) continue;
    if (!/[\r\n\f]/.test(ad.doc.text[ad.norm.map[i]] ?? '')) continue;
    if (/(?:,|\s(?:of|with|and|or|to|at|in|the|due|secondary))$/i.test(ad.text.slice(from, i))) continue;
    out.push([from, i]);
    from = i + 1;
  }
  out.push([from, end]);
  return out;
}

/** Adds the line [from, end) of a diagnosis or history section as a list unless it is prose, findings or covered. */
export function pushLine(ad: AnalyzedDocument, cues: DiagnosisCues, from: number, end: number, mode: NonNullable<Mode>, covered: DiagnosisList[], out: DiagnosisList[]) {
  const lead = /^[\s,:;]*(?:\d{1,2}[.)]\s*|#\s?\d{1,2}[.):]?\s+|[-*•]\s*)?/.exec(ad.text.slice(from, end));
  const start = from + (lead ? lead[0].length : 0);
  // "1. Pes planus" (its marker on the line, or cut off just before it by the sentence splitter).
  const numbered = /\d/.test(lead?.[0] ?? '') || NUMBER_BEFORE.test(ad.text.slice(Math.max(0, from - 6), from));
  if (end - start < 2 || covered.some((c) => c.start < end && start < c.end)) return;
  const line = ad.text.slice(start, end);
  if (isProse(line, cues)) return;
  // "INDICATIONS: ... Positive for allodynia and swelling.": findings, not diagnoses.
  if (!mode.history && cues.test('findings', line)) return;
  const cut = cues.match.list_end.findAll(line)[0];
  if (cut && cut.start > 1) end = start + cut.start;
  out.push({ start, end, ...mode, ...(numbered ? { numbered } : {}) });
}

/** Whether a piece of text is a clause (has a verb or pronoun from the `prose` cues). */
export function hasProseWord(text: string, cues: DiagnosisCues): boolean {
  // An ALL-CAPS word is an abbreviation ("IT band"), not a pronoun.
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'-]*/gu) ?? [];
  return words.some((w) => !/^[A-Z]{2,}$/.test(w) && cues.words.prose.has(w.toLowerCase()));
}

function isProse(line: string, cues: DiagnosisCues): boolean {
  let text = line.replace(/\([^)]*\)/g, ' ').trim();
  for (let m = leadAt0(text, cues); m > 0; m = leadAt0(text, cues)) text = text.slice(m).trim();
  const words = text.toLowerCase().match(WORD) ?? [];
  return words.length > 25 || words.some((w) => cues.words.prose.has(w));
}

function leadAt0(text: string, cues: DiagnosisCues): number {
  const m = cues.match.lead.findAll(text).find((x) => x.start === 0);
  return m && m.end < text.length ? m.end : 0;
}
