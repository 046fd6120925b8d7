import type { ModalityMention } from './modality.ts';

// Where a treatment stands among the others of its sentence: its list item, its neighbours.

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

/**
 * True when a mention is an item of an enumeration of specific treatments: the item right before
 * it names one, and so does a later item or the item before that ("manipulation, EMS, hot packs",
 * "adjustments, massage, EMS").
 */
export function enumeratedWith(sentence: string, m: ModalityMention, all: ModalityMention[]): boolean {
  const specific = all.filter((o) => o !== m && !o.entry.weak && !o.entry.listOnly);
  const holds = (item: { start: number; end: number }) => specific.some((o) => o.start >= item.start && o.end <= item.end);
  const item = itemBounds(sentence, m.start, m.end);
  const previous = itemBefore(sentence, item.start);
  if (!previous || !holds(previous)) return false;
  const earlier = itemBefore(sentence, previous.start);
  return specific.some((o) => o.start >= item.end) || (earlier !== null && holds(earlier));
}

/** The list item that ends at the separator ending at `start`, or null when none does. */
function itemBefore(sentence: string, start: number): { start: number; end: number } | null {
  const sep = [...sentence.matchAll(/,|;|\s(?:and|or)\s/giu)].find((m) => m.index + m[0].length === start);
  return sep && sep.index > 0 ? itemBounds(sentence, sep.index - 1, sep.index - 1) : null;
}

/** True when a generic word ("therapy") is part of the name of a specific treatment of the sentence ("physical therapy"). */
export function namedWithin(m: ModalityMention, all: ModalityMention[]): boolean {
  const word = new RegExp(`(?<![A-Za-z])${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'iu');
  return all.some((o) => o !== m && !o.entry.weak && o.text.length > m.text.length && word.test(o.text));
}

/**
 * True when `self`, care the worker does himself (a home program, ice), is paired right after
 * `other`, a supervised treatment, by a slash or "and": "PT/home exercise: 12 visits". Visits and
 * sessions counted after the pair are the supervised treatment's; a home program has none.
 */
export function pairedSelfCare(other: ModalityMention, self: ModalityMention, sentence: string): boolean {
  return !other.entry.selfCare && !other.entry.weak && self.entry.selfCare && other.end <= self.start &&
    /^\s*(?:\/|&|\+|and)\s*$/iu.test(sentence.slice(other.end, self.start));
}
