import type { AnalyzedDocument } from '../text/analyze.ts';
import type { DiagnosisCues } from './diagnoses-lexicons.ts';

/** A stretch of text that lists diagnoses, and the cue that found it. */
export interface DiagnosisList {
  start: number;
  end: number;
  ruleId: string;
  /** A past-history list: operations in it are not diagnoses. */
  history: boolean;
}

const WORD = /[a-z0-9][a-z0-9'-]*/gu;

/**
 * Lists introduced by a cue in running text ("is being treated for A, B and C", "diagnoses
 * include A; B", "current diagnoses (A and B)"). A list runs to the end of its sentence, a
 * bracket's close, a full stop or the first clause boundary (`list_end` cues).
 */
export function findCueLists(ad: AnalyzedDocument, cues: DiagnosisCues): DiagnosisList[] {
  const out: DiagnosisList[] = [];
  for (const m of cues.match.introducer.findAll(ad.text)) {
    const sentence = ad.sentenceAt(m.start);
    if (!sentence) continue;
    const start = m.end;
    let end = sentence.end;
    if (m.entry.bracketed) {
      const close = ad.text.indexOf(')', start);
      if (close < 0 || close - start > 400) continue;
      end = close;
    } else {
      // A full stop not inside a number or code ends the list even without a following space.
      const stop = /\.(?!\d)/.exec(ad.text.slice(start, end));
      if (stop) end = start + stop.index;
      const cut = cues.match.list_end.findAll(ad.text.slice(start, end))[0];
      if (cut) end = start + cut.start;
    }
    if (end - start > 1) out.push({ start, end, ruleId: m.entry.id, history: false });
  }
  return out;
}

/**
 * Lists that are the body of a diagnosis or past-history section (notes: "IMPRESSION: 1. ...",
 * "PAST MEDICAL HISTORY: Hypertension, asthma."). Each sentence or numbered line is a candidate
 * list; narrative sentences (they hold a verb or pronoun from the `prose` cues) are skipped, and so
 * are sentences that a cue list already covers.
 */
export function findSectionLists(ad: AnalyzedDocument, cues: DiagnosisCues, covered: DiagnosisList[]): DiagnosisList[] {
  const out: DiagnosisList[] = [];
  for (const sec of ad.sections) {
    const cue = cues.test('section', sec.header.trim());
    const byCategory = sec.category === 'diagnoses' || sec.category === 'past_medical_history';
    if (!cue && !byCategory) continue;
    const history = cue ? cue.history === true : sec.category === 'past_medical_history';
    const ruleId = cue?.id ?? `dx.section.${sec.category}`;
    for (const s of ad.sentences) {
      if (s.end <= sec.start || s.start >= sec.end) continue;
      let start = Math.max(s.start, sec.start);
      const end = Math.min(s.end, sec.end);
      const lead = /^[\s,:;]*(?:\d{1,2}[.)]\s*|[-*•]\s*)?/.exec(ad.text.slice(start, end));
      start += lead ? lead[0].length : 0;
      if (end - start < 2 || covered.some((c) => c.start < end && start < c.end)) continue;
      if (isProse(ad.text.slice(start, end), cues)) continue;
      out.push({ start, end, ruleId, history });
    }
  }
  return out;
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
