import type { AnalyzedDocument } from '../text/analyze.ts';
import type { Section } from '../text/sections.ts';
import { inDiagnosisSection } from './diagnoses-headers.ts';
import { enumeratedListEnd, enumerationMarks } from './diagnoses-enumeration.ts';
import type { DiagnosisCues } from './diagnoses-lexicons.ts';
import { isFieldLabel, opensSection, startsSourceLine } from './diagnoses-fields.ts';
import { hasProseWord, pushLine, sourceLines } from './diagnoses-lines.ts';

export { hasProseWord } from './diagnoses-lines.ts';

/** A stretch of text that lists diagnoses, and the cue that found it. */
export interface DiagnosisList {
  start: number;
  end: number;
  ruleId: string;
  /** A past-history list: operations in it are not diagnoses. */
  history: boolean;
  /** Found by a cue in running text: the list ends at the first item that is a clause. */
  narrative?: boolean;
  /** Found by a visit-reason cue ("returns for follow-up of"): complaints in it are symptoms. */
  visitReason?: boolean;
  /** Found by a cue that also introduces events ("developed"): procedures and symptoms in it are not diagnoses. */
  mixed?: boolean;
  /** The body of an assessment ("A:", "ASSESSMENT:"): a line there may be narrative, so only conditions count. */
  assessment?: boolean;
  /** A numbered item of a section list ("2. Pes planus, bilateral"): a list item, never narrative. */
  numbered?: boolean;
}

// An ALL-CAPS header inside a line, as transcribed notes run them on ("cataract., ,POSTOPERATIVE
// DIAGNOSES:" or "IMPRESSION ,1."), also at the start of a sentence ("PREOPERATIVE DIAGNOSES,1."):
// grammar of the layout, not vocabulary. A title header may name its code system in brackets
// ("Diagnoses (ICD-10):").
const TITLE_HEADER = /^\s*([A-Z][A-Za-z]*(?:\s*[/&]\s*|\s+(?:and\s+)?)?(?:[A-Z][A-Za-z]*)?(?:\s*[/&]\s*|\s+(?:and\s+)?)?(?:[A-Z][A-Za-z]*)?)(?:\s*\([^()]{1,24}\))?\s*:\s*$/u;
// Any short header line ("Working diagnoses:", "ICD-10 Diagnoses:", "DX (ICD-10):"): it opens a
// list only when it names one (other such lines are often field labels, not headers).
const LIST_HEADER = /^\s*([A-Z][A-Za-z0-9-]*(?:(?:\s*[/&]\s*|\s+(?:and\s+)?)[A-Za-z][A-Za-z0-9-]*){0,3})(?:\s*\([^()]{1,24}\))?\s*:\s*$/u;
const INLINE_HEADER = /(?:^|(?<=[,.])\s*,?\s*)([A-Z][A-Z0-9/&'-]+(?:\s+[A-Z0-9/&'-]+)*)\s*(?::\s*,?|,(?=\s*\d{1,2}[.)]))/gu;

/**
 * Lists introduced by a cue in running text ("is being treated for A, B and C", "diagnoses
 * include A; B", "current diagnoses (A and B)"). A list runs to the end of its sentence, a
 * bracket's close, a full stop or the first clause boundary (`list_end` cues).
 */
export function findCueLists(ad: AnalyzedDocument, cues: DiagnosisCues): DiagnosisList[] {
  const out: DiagnosisList[] = [];
  const found = [...cues.match.introducer.findAll(ad.text), ...cues.sectionIntroducer.findAll(ad.text)].sort((a, b) => a.start - b.start);
  for (const m of found) {
    const sentence = ad.sentenceAt(m.start);
    if (!sentence) continue;
    if (m.entry.in_diagnosis_section && !inDiagnosisSection(ad, cues, m.start)) continue;
    // "Diagnoses:" opening a line is a header: its body is read line by line as a section.
    if (m.text.trimEnd().endsWith(':') && startsSourceLine(ad, m.start) && opensSection(sentence.section, m.start, m.end)) continue;
    // A question ("Is the claimant suffering from X?") asserts nothing.
    if (ad.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) continue;
    const start = m.end;
    let end = sentence.end;
    if (m.entry.bracketed) {
      const close = ad.text.indexOf(')', start);
      if (close < 0 || close - start > 400) continue;
      end = close;
    } else {
      end = enumeratedListEnd(ad.text, start, end, ad.sentences);
      // A full stop not inside a number or code ends the list, unless it is a list marker's ("1. A 2. B").
      const marks = enumerationMarks(ad.text.slice(start, end), ad.text.slice(Math.max(0, start - 8), start), ad.text.slice(end, end + 4));
      // "1. Lumbar strain. 2. Knee sprain.": a stop right before the next marker ends only the item.
      const stop = [...ad.text.slice(start, end).matchAll(/\.(?!\d)/g)].find((d) => !marks.some((k) => (d.index >= k.s && d.index < k.e) || k.s === d.index + 1));
      if (stop) end = start + stop.index;
      const cut = cues.match.list_end.findAll(ad.text.slice(start, end))[0];
      if (cut) end = start + cut.start;
    }
    if (end - start > 1) out.push({ start, end, ruleId: m.entry.id, history: m.entry.history === true, narrative: true, visitReason: m.entry.visit_reason === true, mixed: m.entry.mixed === true });
  }
  return out;
}

/**
 * How a section's lines are read: the rule that found it, whether it is a past history, and
 * whether it is an assessment and plan, whose items carry plan remarks ("1. Lumbar strain - PT 2x6").
 */
export type Mode = { ruleId: string; history: boolean; plan?: boolean; assessment?: boolean } | null;

// "Assessment & Plan", "IMPRESSION/PLAN", "A/P": a header of diagnoses that each carry their plan.
const PLAN_HEADER = /plan|^\s*a\s*\/\s*p\s*$/iu;

/**
 * Lists that are the body of a diagnosis or past-history section (notes: "IMPRESSION: 1. ...",
 * "PAST MEDICAL HISTORY: Hypertension, asthma."), including headers run into a line. Each
 * sentence or numbered line is a candidate list; narrative sentences (a verb or pronoun from the
 * `prose` cues) are skipped, and so are stretches a cue list already covers.
 */
export function findSectionLists(ad: AnalyzedDocument, cues: DiagnosisCues, covered: DiagnosisList[]): DiagnosisList[] {
  const out: DiagnosisList[] = [];
  const modeOf = (header: string, category: string | null): Mode => {
    const plan = PLAN_HEADER.test(header);
    const assessment = cues.test('assessment_header', header.trim()) !== null;
    const cue = cues.test('section', header.trim());
    if (cue) return { ruleId: cue.id, history: cue.history === true, plan, assessment };
    if (category === 'diagnoses' || category === 'past_medical_history') return { ruleId: `dx.section.${category}`, history: category === 'past_medical_history', plan, assessment };
    return null;
  };
  let section: Section | null = null;
  let mode: Mode = null;
  for (const s of ad.sentences) {
    if (s.section !== section) {
      section = s.section;
      mode = section ? modeOf(section.header, section.category) : null;
    }
    // A title-case header alone on its line ("Diagnosis/Assessment:") that the sectioniser missed
    // (ALL-CAPS headers are the sectioniser's).
    const titled = TITLE_HEADER.exec(s.text);
    if (titled && /[a-z]/u.test(titled[1])) {
      // "Assessment & Plan:" items carry plan remarks ("- continue PT"): read in plan mode.
      mode = modeOf(titled[1], null);
      continue;
    }
    const listed = LIST_HEADER.exec(s.text);
    if (listed && modeOf(listed[1], null)) {
      mode = modeOf(listed[1], null);
      continue;
    }
    const first = section ? Math.max(s.start, section.start) : s.start;
    let from = first;
    // Searched within the sentence so that "^" is its start (a header opening the sentence).
    const line = ad.text.slice(first, s.end);
    INLINE_HEADER.lastIndex = 0;
    const chunks: { start: number; end: number; mode: Mode }[] = [];
    for (let m = INLINE_HEADER.exec(line); m; m = INLINE_HEADER.exec(line)) {
      if (!/[A-Z]{3}/.test(m[1])) continue;
      chunks.push({ start: from, end: first + m.index, mode });
      mode = modeOf(m[1], null);
      from = first + m.index + m[0].length;
    }
    chunks.push({ start: from, end: s.end, mode });
    chunks: for (const c of chunks) {
      if (!c.mode) continue;
      for (const [a, b] of sourceLines(ad, c.start, c.end)) {
        const head = c.mode.plan ? planHead(ad, cues, a, b) : b;
        // A form's next field ("Work: modified duty", "Disputed: ...") ends the list.
        if (head === b && isFieldLabel(ad.text.slice(a, b), cues)) {
          mode = null;
          break chunks;
        }
        if (head > a) pushLine(ad, cues, a, head, c.mode, covered, out);
      }
    }
  }
  return out;
}



// Where a plan remark starts inside an assessment-and-plan item: a spaced dash or a colon.
const PLAN_REMARK = /\s+[-–]{1,2}\s+|:\s+/u;
// A list marker or bullet ending the text before a line: the line opens an item.
const MARKER_BEFORE = /(?:^|[\s,;:])(?:\(?\d{1,2}[.)]|#\s?\d{1,2}[.):]?|[-*•])\s*$/u;
const MARKER_AT = /^\s*(?:\(?\d{1,2}[.)]|#\s?\d{1,2}[.):]?|[-*•])\s*/u;

/**
 * The end of the diagnosis that opens the line [a, b) of an assessment and plan, or `a` when the
 * line is a plan sentence: only a line that opens an item (a source line, or after a list
 * marker) names a diagnosis, and its name ends where a plan remark starts ("1. Lumbar
 * radiculopathy - continue gabapentin", "Cervical strain: PT 2x6"). The sentences after it on
 * the same item ("Recommend splint at night.") are its plan.
 */
function planHead(ad: AnalyzedDocument, cues: DiagnosisCues, a: number, b: number): number {
  const line = ad.text.slice(a, b);
  const opens = MARKER_AT.test(line) || startsSourceLine(ad, a) || MARKER_BEFORE.test(ad.text.slice(Math.max(0, a - 8), a));
  if (!opens) return a;
  const lead = MARKER_AT.exec(line)?.[0].length ?? 0;
  const remark = PLAN_REMARK.exec(line.slice(lead));
  // "Cervical radiculopathy: continue gabapentin": the name before the colon is the item.
  if (!remark) return b;
  const cut = a + lead + remark.index;
  return hasProseWord(ad.text.slice(a + lead, cut), cues) ? a : cut;
}
