import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from './matcher.ts';

/** A section header: its surface forms and the canonical category it opens. */
export const SectionEntry = entrySchema({
  category: z.string().regex(/^[a-z_]+$/),
  /**
   * False for sections that are not the record but about it, such as an IMR letter's decisions and
   * rationales (the reviewer restating the guideline): facts are not taken from them.
   */
  facts: z.boolean().default(true),
});
export type SectionEntry = z.infer<typeof SectionEntry>;

export interface Section {
  /** Canonical category from the lexicon, or `other` for an unknown ALL-CAPS header. */
  category: string;
  /** The header as written. */
  header: string;
  ruleId: string;
  /** Whether facts are taken from this section (see SectionEntry.facts). */
  facts: boolean;
  headerStart: number;
  start: number;
  end: number;
}

const UNKNOWN_CAPS = /^[A-Z][A-Z0-9 /&'(),-]{2,60}?(?=:|\s*$)/;
// A label of a few words, maybe with a parenthetical, then a colon not of a time ("Med dx:", "GOALS (6 wks):").
const QUALIFIED_LABEL = /^\s*([A-Za-z][A-Za-z0-9/&'.-]*(?:\s+[A-Za-z0-9/&'.-]+){0,4}?)\s*(\([^()]{1,30}\))?\s*:(?!\d)\s*/u;
// Where a header's content came from: "Dx per PTP referral", "Diagnoses from the QME".
const SOURCE_AFTER = /^\s+(?:per|from|by|according\s+to|as\s+of)\s+\S/iu;

/**
 * Finds section headers at the start of a line: a known header with or without a colon (also in
 * mixed case with a colon: "Diagnoses:"), or any ALL-CAPS line or ALL-CAPS run ending in a colon.
 * A section runs until the next header.
 */
export function createSectionizer(dir?: string) {
  const lex = loadLexicon('section-headers', SectionEntry, dir);
  const matcher = createMatcher(lex.entries);

  return function findSections(text: string): Section[] {
    const heads: Omit<Section, 'end'>[] = [];
    let lineStart = 0;
    while (lineStart <= text.length) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl < 0 ? text.length : nl;
      const line = text.slice(lineStart, lineEnd);
      const head = headerOf(line);
      if (head) heads.push({ ...head, headerStart: lineStart, start: lineStart + head.length });
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    return heads.map((h, i) => ({ ...h, end: i + 1 < heads.length ? heads[i + 1].headerStart : text.length }));
  };

  /**
   * A known header with words around it before its colon: a parenthetical ("DIAGNOSES (DSM-5-TR):",
   * "GOALS (updated, 6 wks):", "Tx dx (ICD-10):"), a source after it ("Dx per PTP referral:"), or
   * a qualifier before a short one ("Med dx:", "Tx dx:"). The header is the label as written.
   */
  function qualifiedHeader(line: string): { category: string; header: string; ruleId: string; facts: boolean; length: number } | null {
    const m = QUALIFIED_LABEL.exec(line);
    if (!m) return null;
    const label = m[1];
    const hit = matcher.findAll(label).find((k) => k.text.length > 1 && (
      (k.start === 0 && (k.end === label.length || SOURCE_AFTER.test(label.slice(k.end)))) ||
      (k.end === label.length && k.start > 0 && k.text.length <= 3 && /^[A-Za-z]+(?:\s+[A-Za-z]+)?\s+$/u.test(label.slice(0, k.start)))));
    // A label that is the header alone with its colon is read above; here something must stand around it.
    if (!hit || (hit.start === 0 && hit.end === label.length && !m[2])) return null;
    return { category: hit.entry.category, header: `${label}${m[2] ? ` ${m[2]}` : ''}`, ruleId: hit.entry.id, facts: hit.entry.facts, length: m[0].length };
  }

  function headerOf(line: string): { category: string; header: string; ruleId: string; facts: boolean; length: number } | null {
    const known = matcher.findAll(line).find((m) => m.start === 0);
    if (known) {
      const rest = line.slice(known.end);
      const colon = /^\s*:/.exec(rest);
      const isCaps = known.text === known.text.toUpperCase();
      // PR-2 notes also run an ALL-CAPS header into its text without a colon ("PLAN Additional PT
      // 2x4."); a short one ("MRI Lumbar Spine") or a SOAP letter needs its colon.
      // A longer ALL-CAPS header with a colon ("INDICATION FOR PROCEDURE:") is read whole below.
      const runIn = isCaps && known.text.length >= 4 && /^ +[A-Z0-9]/.test(rest) && !/^[A-Z][A-Z0-9 /&'(),-]*:/.test(line);
      // A capital SOAP letter may take a spaced dash for its colon: "A - 1) Knee sprain", "W - modified work".
      const soapDash = isCaps && known.text.length === 1 ? /^ +[-–] +(?=\S)/.exec(rest) : null;
      const mark = colon ?? soapDash;
      if (mark || (isCaps && known.text.length > 1 && rest.trim() === '') || runIn) {
        return { category: known.entry.category, header: known.text, ruleId: known.entry.id, facts: known.entry.facts, length: known.end + (mark ? mark[0].length : 0) };
      }
    }
    const labelled = qualifiedHeader(line);
    if (labelled) return labelled;
    const caps = UNKNOWN_CAPS.exec(line);
    if (caps && /[A-Z]{3}/.test(caps[0])) {
      const rest = line.slice(caps[0].length);
      const colon = /^\s*:/.exec(rest);
      if (colon || rest.trim() === '') {
        return { category: 'other', header: caps[0].trim(), ruleId: 'section.caps-header', facts: true, length: caps[0].length + (colon ? colon[0].length : 0) };
      }
    }
    return null;
  }
}

/** The section holding an offset, or null. */
export function sectionAt(sections: Section[], offset: number): Section | null {
  for (const s of sections) if (s.headerStart <= offset && offset < s.end) return s;
  return null;
}
