import type { Modality } from '../core/modality.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';
import { ModalityEntry, type ModalityFinder, type ModalityMention } from './modality.ts';
import { TreatmentSectionEntry } from './prior-treatments-sections.ts';
import type { TermIndex } from './request-terms.ts';

// A provider line whose credential names the therapy ("Provider: J. Roe, L.Ac."): its text is read like a title.
const PROVIDER_LINE = /^\s*(?:treating\s+)?(?:provider|clinician|therapist|practitioner|treating\s+physician)\s*:/iu;
const NUM = NUMBER_SOURCE;
// What says the visits were had: "to date", "attended", "completed", "so far", "incl. today".
const HAD = '(?:to\\s+date|attended|completed|so\\s+far|incl\\.?|including|total)(?![A-Za-z])';

/**
 * The note's own therapy: a therapy named in the title of a therapy visit note ("ACUPUNCTURE
 * PROGRESS REPORT", "Physical Therapy Re-evaluation", "Chiropractic re-exam") or on its provider
 * line, from the case header's title and specialty or the first line of the text. Null when the
 * note names none (a physician's PR-2, a consultation).
 */
export function createNoteTherapyReader(modalities: ModalityFinder, dir: string = DEFAULT_LEXICON_DIR) {
  const titles = createMatcher(loadLexicon('treatment-sections', TreatmentSectionEntry, dir).entries.filter((e) => e.role === 'title'));
  const cache = new WeakMap<AnalyzedDocument, Modality | null>();
  const fromTitle = (title: string): Modality | null => {
    const kind = titles.findAll(title)[0];
    if (!kind) return null;
    const named = modalities.find(title).find((m) => !m.entry.weak && kind.entry.therapies.includes(m.modality));
    return named?.modality ?? null;
  };
  return function noteTherapy(ad: AnalyzedDocument): Modality | null {
    if (cache.has(ad)) return cache.get(ad)!;
    const lines = ad.doc.text.split(/[\r\n\f]+/u).map((l) => l.trim()).filter(Boolean);
    const meta = [ad.doc.metadata.title, ad.doc.metadata.specialty].filter((v): v is string => typeof v === 'string');
    const candidates = [...meta, lines[0] ?? '', ...lines.slice(0, 12).filter((l) => PROVIDER_LINE.test(l))];
    // A provider line is its own title: "Provider: J. Roe, L.Ac." names the acupuncturist.
    const found = candidates.map((c) => (PROVIDER_LINE.test(c) ? fromTitle(`${c} note`) : fromTitle(c))).find((m) => m !== null) ?? null;
    cache.set(ad, found);
    return found;
  };
}

/**
 * A count of the note's own visits in a sentence that names no treatment: "Sessions: six to date
 * incl. today", "Visits: 14 attended since IE", "12 visits completed to date", "has attended 6 of
 * 8 authorized visits", "visits 1-12 complete". With `days` (the note's own therapy is a program counted in days) also
 * "Completed 20 days (120 hrs) of 30 authorized", "Days attended: 12", "Completed: 4 of 6 weeks". Returns the count and its
 * range in the sentence, or null.
 */
export function createOwnCourseCount(terms: TermIndex) {
  const UNIT = '(?:sessions?|visits?|treatments?|tx|appointments?)';
  const labelled = new RegExp(`(?<![A-Za-z])${UNIT}(?:\\s+(?:#|no\\.?|count|number))?\\s*[:=]\\s*(?<n>${NUM})(?:\\s*(?:of|/)\\s*\\d{1,2})?\\s+(?:visits?\\s+|sessions?\\s+)?${HAD}`, 'iu');
  const stated = new RegExp(`(?<![\\w#/.-])(?<n>${NUM})(?:\\s+(?:out\\s+)?of\\s+${NUM}(?:\\s+(?:authorized|approved|certified|prescribed))?)?\\s+(?:${terms.unitSource})\\s+(?:(?:have\\s+been|were|was)\\s+)?${HAD}`, 'iu');
  const done = new RegExp(`(?<![A-Za-z])(?:has\\s+|have\\s+)?(?:completed|attended)\\s+(?<n>${NUM})(?:\\s+(?:out\\s+)?of\\s+${NUM})?(?:\\s+(?:authorized|approved|certified|prescribed))?\\s+(?:${terms.unitSource})(?![A-Za-z])`, 'iu');
  // "(visits 1-12 complete)": a range of visit numbers from the first, all had, is a count of them.
  const range = new RegExp(`(?<![A-Za-z])${UNIT}\\s*#?\\s*1\\s*(?:-|–|to|through|thru)\\s*#?\\s*(?<n>\\d{1,2})(?![\\d/])\\s+(?:(?:have\\s+been|were)\\s+)?(?:complete|completed|done|attended|finished)(?![A-Za-z])`, 'iu');
  // A program's days or weeks: "completed 20 days (120 hrs) of 30 authorized", "Days attended: 12",
  // "15 program days completed", "Completed: 4 of 6 weeks".
  const DAY = '(?:(?:program|treatment|FRP)\\s+)?(?:days?|weeks?)';
  const OF_AUTH = `(?:\\s+(?:out\\s+)?of\\s+${NUM}(?:\\s+(?:authorized|approved|certified|prescribed|scheduled))?)?`;
  // "(120 hrs)": the hours of those days, in brackets.
  const HOURS = '(?:\\s*\\([^()]{1,20}\\))?';
  const daysDone = new RegExp(`(?<![A-Za-z])(?:has\\s+|have\\s+)?(?:completed|attended)\\s*:?\\s+(?<n>${NUM})${OF_AUTH}\\s+${DAY}(?![A-Za-z])${HOURS}${OF_AUTH}`, 'iu');
  const daysLabelled = new RegExp(`(?<![A-Za-z])(?:days?|weeks?)\\s+(?:attended|completed)\\s*[:=]\\s*(?<n>${NUM})(?![\\d/])`, 'iu');
  const daysStated = new RegExp(`(?<![\\w#/.-])(?<n>${NUM})${OF_AUTH}\\s+${DAY}\\s+(?:(?:have\\s+been|were)\\s+)?${HAD}`, 'iu');
  return function ownCount(sentence: string, days = false): { count: number; start: number; end: number } | null {
    for (const re of days ? [labelled, stated, done, range, daysDone, daysLabelled, daysStated] : [labelled, stated, done, range]) {
      const m = re.exec(sentence);
      const n = m?.groups ? parseNumber(m.groups.n) : null;
      if (m && n !== null && Number.isInteger(n) && n > 0 && n <= 100) return { count: n, start: m.index, end: m.index + m[0].length };
    }
    return null;
  };
}

// One synthetic entry per modality, validated once (a visit count may stand in many sentences).
const OWN_ENTRIES = new Map<Modality, ModalityEntry>();

/** A mention of a therapy the sentence does not name (the note's own), for the scope readers. */
export function ownMention(modality: Modality, start: number, end: number, sentence: string): ModalityMention {
  let entry = OWN_ENTRIES.get(modality);
  if (!entry) {
    entry = ModalityEntry.parse({ id: 'prior.visit-number', example: 'Visits: 14 attended since IE', modality, patterns: ['(?!)'] });
    OWN_ENTRIES.set(modality, entry);
  }
  return { modality, start, end, text: sentence.slice(start, end), entry };
}
