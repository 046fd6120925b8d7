import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';
import type { DiagnosisCues } from './diagnoses-lexicons.ts';
import { createModalityFinder } from './modality.ts';
import { ReliefTermEntry } from './pain-relief.ts';
import { PainScaleEntry } from './pain-scores.ts';
import { createCountFinder } from './prior-treatments-count.ts';
import { createTermIndex } from './request-terms.ts';

/**
 * Why a list item is not a diagnosis: it rates pain, it reports a treatment and its outcome (the
 * rest of the line goes on about it), or it only names a treatment done or planned and where.
 */
export type NotDiagnosis = 'pain_rating' | 'treatment_outcome' | 'treatment_line';

const WORD = /[A-Za-z0-9][A-Za-z0-9'/-]*/gu;
// A number, a year or a spinal level before a treatment ("2023: L4-5 ESI x2"): grammar, not vocabulary.
const NUMBERISH = /^(?:\d[\d/.-]*|[ctls]\d{1,2}(?:-[ctls]?\d{1,2})?)$/iu;
// "x1", "#2", "(12/09/2025)": a count or a date after a treatment says nothing of a condition.
const COUNT_OR_DATE = /(?<![A-Za-z])(?:x|#)\s*\d+(?![A-Za-z])|[()]/giu;
// A lone letter after a treatment abbreviates a side ("Synvisc-One injection L knee").
const SIDE_LETTER = /^[a-z]$/iu;

/**
 * Tells list items that are not diagnoses although they stand in a diagnosis list or an
 * assessment: a pain rating ("Pain level of 5") by the pain-scales lexicon, and a treatment with
 * its count or outcome ("Occipital nerve blocks x3 gave no lasting benefit") by the modalities,
 * count grammar and relief-terms lexicons. The treatment must head the item (before it only
 * sides, anatomy, levels, descriptors, "status post"/"prior" and one more word) and its count or
 * outcome come after it, so a diagnosis with a course remark ("radiculopathy improved after
 * ESI") or a post-operative one ("failed back surgery syndrome") stays a diagnosis.
 */
export function createNonDiagnosisTest(cues: DiagnosisCues, dir?: string) {
  const ratings = createMatcher(loadLexicon('pain-scales', PainScaleEntry, dir).entries.filter((e) => e.kind === 'rating' || e.kind === 'change'));
  const outcome = createMatcher(loadLexicon('relief-terms', ReliefTermEntry, dir).entries.filter((e) => e.role === 'relief' || e.role === 'pain-change'));
  const modalities = createModalityFinder(dir);
  const terms = createTermIndex(dir);
  const countOf = createCountFinder(terms);
  // "Right L5 transforaminal ESI": sides and kinds of a treatment (request-terms descriptors, body regions).
  const descriptor = new RegExp(`(?<![A-Za-z])(?:${terms.descriptorSource})(?![A-Za-z])`, 'giu');
  const leading = (w: string) => {
    const low = w.toLowerCase();
    return NUMBERISH.test(w) || cues.words.fragment.has(low) || cues.test('fragment', low) !== null || cues.words.modifier.has(low);
  };

  /** Whether the words before a treatment only place or date it ("Right L5", "prior", "s/p"). */
  function heads(name: string, at: number): boolean {
    let before = name.slice(0, at);
    for (const t of [...terms.find(before, 'received'), ...terms.find(before, 'latest')].sort((a, b) => b.start - a.start)) {
      before = before.slice(0, t.start) + ' ' + before.slice(t.end);
    }
    // One other word may name the structure treated ("Greater occipital nerve block").
    return (before.replace(descriptor, ' ').match(WORD) ?? []).filter((w) => !leading(w)).length <= 1;
  }

  /**
   * Whether the item is only the treatment with its place, count or date ("Chondroplasty
   * (12/09/2025)", "Synvisc-One injection L knee x1"): nothing before it says it is history of the
   * worker's ("s/p", "prior": those stay, as the labels keep "S/P right shoulder arthroscopy") and
   * nothing after it names a condition.
   */
  function onlyTreatment(name: string, start: number, end: number): boolean {
    const before = name.slice(0, start);
    if (terms.find(before, 'received').length || terms.find(before, 'latest').length) return false;
    // Other treatment words after it are the same treatment ("Synvisc-One injection").
    let after = name.slice(end);
    for (const m of modalities.find(after)) after = after.slice(0, m.start) + ' '.repeat(m.end - m.start) + after.slice(m.end);
    const words = (text: string) => text.replace(COUNT_OR_DATE, ' ').replace(descriptor, ' ').match(WORD) ?? [];
    return words(before).every(leading) && words(after).every((w) => leading(w) || SIDE_LETTER.test(w));
  }

  return function notDiagnosis(name: string): NotDiagnosis | null {
    if (ratings.findAll(name).length) return 'pain_rating';
    const treatment = modalities.find(name).find((m) => !m.entry.weak && !m.entry.listOnly);
    if (!treatment || !heads(name, treatment.start)) return null;
    if (countOf(name, treatment.start, treatment.end)) return 'treatment_outcome';
    if (outcome.findAll(name).some((o) => o.start >= treatment.end)) return 'treatment_outcome';
    return onlyTreatment(name, treatment.start, treatment.end) ? 'treatment_line' : null;
  };
}
