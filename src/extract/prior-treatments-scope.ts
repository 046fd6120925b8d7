import type { ModalityMention } from './modality.ts';
import type { TermIndex } from './request-terms.ts';

/** Sections whose treatment mentions are never care received (plans, allergies, relatives). */
const SKIPPED_SECTIONS = new Set(['plan', 'allergies', 'family_history', 'social_history', 'disputed_items']);
/** Words a plan cue may be followed by before the treatment it governs ends its scope. */
const PLAN_AFTER_WORDS = 4;

export interface SentenceScope {
  /** True when the mention at this offset names a treatment received, as far as the words show. */
  received(m: ModalityMention, all: ModalityMention[]): boolean;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

/**
 * Decides which modality mentions of a sentence are treatments the worker received. A
 * treatment-to-date list ("Treatment to date has included ...", a TREATMENT TO DATE section)
 * admits list-only words ("medications", "rest") and generic ones ("evaluations"); a plan or
 * request cue before a mention ("requested", "authorization", "plan of care") or right after it
 * ("physical therapy was requested") rules it out, unless a list starts between the cue and it.
 * ConText (negation, hypothetical) is applied later, centrally, on top of this.
 */
export function createSentenceScope(terms: TermIndex) {
  return function scopeOf(sentence: string, section: string | null): SentenceScope {
    const intros = terms.find(sentence, 'list-intro');
    const plans = terms.find(sentence, 'plan');
    const sectionList = section === 'treatment_to_date' || section === 'past_surgical_history';
    const skipped = section !== null && SKIPPED_SECTIONS.has(section);
    return {
      received(m, all) {
        if (skipped) return false;
        const intro = intros.filter((t) => t.end <= m.start).at(-1);
        const inList = sectionList || intro !== undefined;
        if ((m.entry.listOnly || m.entry.weak) && !inList) return false;
        if (m.entry.weak) {
          // A generic word yields to a specific treatment in the same list item.
          const item = itemBounds(sentence, m.start, m.end);
          if (all.some((o) => o !== m && !o.entry.weak && o.start >= item.start && o.end <= item.end)) return false;
        }
        const planBefore = plans.filter((p) => p.end <= m.start).at(-1);
        if (planBefore && (!intro || planBefore.start > intro.start)) return false;
        const planAfter = plans.find((p) => p.start >= m.end);
        if (planAfter && wordCount(sentence.slice(m.end, planAfter.start)) <= PLAN_AFTER_WORDS &&
          !/[,;]/.test(sentence.slice(m.end, planAfter.start))) return false;
        return true;
      },
    };
  };
}

/** The list item around a mention: the text between the nearest separators (",", ";", "and"). */
export function itemBounds(sentence: string, start: number, end: number): { start: number; end: number } {
  const sep = /,|;|\s(?:and|or)\s/giu;
  let s = 0;
  let e = sentence.length;
  for (const m of sentence.matchAll(sep)) {
    if (m.index + m[0].length <= start) s = m.index + m[0].length;
    else if (m.index >= end) {
      e = m.index;
      break;
    }
  }
  return { start: s, end: e };
}
