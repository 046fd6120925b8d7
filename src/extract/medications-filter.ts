import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument, AnalyzedSentence } from '../text/analyze.ts';
import { createMatcher } from '../text/matcher.ts';
import { SectionEntry } from '../text/sections.ts';
import type { MedicationCueEntry } from './medications-lexicon.ts';
import type { DrugMention } from './medications-names.ts';

/** Sections whose drugs the patient does not take: allergies, relatives' histories, procedures. */
const SKIP_SECTIONS = new Set(['allergies', 'family_history', 'procedure']);
/** Sections that are medication lists: every drug in them is taken. */
const LIST_SECTIONS = new Set(['medications']);
/** Sections where a drug is new unless a cue says it continues ("refills on", "continue"). */
const PLAN_SECTIONS = new Set(['plan']);
/** How far back an inline ALL-CAPS heading ("ALLERGIES,1. ...") is looked for. */
const HEADING_REACH = 400;
/** A template checkbox left empty before or after a drug ("[ ] Tramadol", "Tramadol [ ]"): not taken. */
const BOX_BEFORE = /\[[^\]]{0,3}\]\s*$/u;
const BOX_AFTER = /^\s*:?\s*\[[^\]]{0,3}\]/u;
/** A box before the name is its own ("[x] A [ ] B"); only without one does a box after it count. */
const uncheckedBox = (before: string, after: string): boolean => {
  const b = BOX_BEFORE.exec(before) ?? BOX_AFTER.exec(after);
  return b !== null && /\[\s*\]/u.test(b[0]);
};
const CAPS_RUN = /(?<![A-Za-z])[A-Z]{3,}(?:[ /&]+[A-Z]{2,})*(?=\s*[:,]|\s*\n)/g;

/**
 * The clause of a sentence holding an offset: cut at "; " and at ". " before a capital or quote,
 * since sentence splitting keeps some of those together ('was Ibuprofen. "Valium ...').
 */
function clauseAt(s: AnalyzedSentence, offset: number): string {
  const at = offset - s.start;
  let start = 0;
  for (const m of s.text.matchAll(/[.;]\s+(?=["'A-Z(])|;\s*/g)) {
    const end = m.index + m[0].length;
    if (end > at) return s.text.slice(start, m.index + 1);
    start = end;
  }
  return s.text.slice(start);
}

type Cues = Record<'skip' | 'override' | 'take' | 'procedure', boolean>;

/**
 * Decides whether a drug mention names something the patient takes or took. Dropped: drugs under
 * an allergy, family-history or procedure heading (also an inline one the sectioniser missed), in
 * sentences about requests, review decisions, plans or discharge (unless a cue says the drug
 * continues), in plan sections without such a cue, and drugs used while a procedure is done. A
 * procedural drug (lidocaine, Kenalog...) needs a medication list or a sentence saying the patient
 * takes or received it; one only ever injected by a clinician (viscosupplements) is never kept. A drug only possibly taken ("probably switch to methadone") is dropped;
 * negation and hypothetical context are left to the assertion step.
 */
export function createMedicationFilter(cues: readonly MedicationCueEntry[], lexiconDir?: string) {
  const kinds = ['skip', 'override', 'take', 'procedure'] as const;
  const matchers = Object.fromEntries(kinds.map((k) => [k, createMatcher(cues.filter((c) => c.kind === k))]));
  const headings = createMatcher(loadLexicon('section-headers', SectionEntry, lexiconDir).entries);
  const procedureHeadings = createMatcher(cues.filter((c) => c.kind === 'procedure_heading'));
  const memo = new Map<string, Cues>();
  const cuesOf = (s: AnalyzedSentence, offset: number): Cues => {
    const clause = clauseAt(s, offset);
    let c = memo.get(clause);
    if (!c) {
      c = Object.fromEntries(kinds.map((k) => [k, matchers[k].findAll(clause).length > 0])) as Cues;
      memo.set(clause, c);
    }
    return c;
  };

  /** The category of the nearest known ALL-CAPS heading before an offset, with its position. */
  const inlineHeading = (text: string, offset: number): { category: string; at: number } | null => {
    const from = Math.max(0, offset - HEADING_REACH);
    const runs = [...text.slice(from, offset).matchAll(CAPS_RUN)].reverse();
    for (const r of runs) {
      const known = headings.findAll(r[0]).find((m) => m.start === 0 && m.end === r[0].length);
      if (known) return { category: known.entry.category, at: from + r.index };
    }
    return null;
  };

  return function keep(ad: AnalyzedDocument, mention: DrugMention): boolean {
    // Synvisc, Euflexxa, Botox: the clinician's injection is a procedure even in a medication list.
    if (mention.entries.every((e) => e.injectedOnly)) return false;
    const s = ad.sentenceAt(mention.start);
    if (!s || ad.contextOf(mention.start, mention.end).possible) return false;
    if (uncheckedBox(ad.text.slice(Math.max(0, mention.start - 8), mention.start), ad.text.slice(mention.end, mention.end + 8))) return false;
    let section = s.section?.category ?? '';
    const inline = inlineHeading(ad.text, mention.start);
    if (inline && inline.at > (s.section?.headerStart ?? -1)) section = inline.category;
    if (SKIP_SECTIONS.has(section)) return false;
    if (!inline && procedureHeadings.findAll(s.section?.header ?? '').length > 0) return false;
    const inList = LIST_SECTIONS.has(section);
    const c = cuesOf(s, mention.start);
    if ((c.skip || PLAN_SECTIONS.has(section)) && !c.override) return false;
    if (c.procedure && !inList && !c.take) return false;
    const procedural = mention.entries.every((e) => e.procedural);
    return !procedural || inList || (c.take && !c.procedure);
  };
}
