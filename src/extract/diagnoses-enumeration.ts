/**
 * Inline enumerations of a diagnosis list: "(1) A (2) B (3) C", "1) A 2) B", "a. A b. B c. C",
 * "i. A ii. B". A marker is a number, a single letter or a roman numeral with a bracket or stop,
 * standing alone before a word; markers count only as a run of consecutive values, so "grade 1."
 * or a lone "b." inside a name is left alone. Grammar of the layout, not vocabulary.
 */

/** A marker with the blanks, commas, semicolons and "and" around it, in offsets of the list's own text. */
export interface EnumerationMark {
  s: number;
  e: number;
}

const MARK = /(?<=^|[\s,;:])(?:\((?<p>\d{1,2}|[A-Za-z]|[ivx]{2,4})\)|(?<q>\d{1,2}|[A-Za-z]|[ivx]{2,4})[.)])(?=\s*[A-Za-z(])/gu;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

type Kind = 'digit' | 'letter' | 'roman';

function read(raw: string, romanList: boolean): { kind: Kind; n: number } {
  if (/^\d+$/.test(raw)) return { kind: 'digit', n: Number(raw) };
  const low = raw.toLowerCase();
  if (romanList && ROMAN[low] !== undefined) return { kind: 'roman', n: ROMAN[low] };
  return { kind: 'letter', n: low.charCodeAt(0) - 96 };
}

/**
 * The enumeration markers of `seg` that separate items. `before` and `after` are the text right
 * around the list: a "1." the caller already took off counts as the first of the run, and a marker
 * ending the list ("left b." when the sentence splitter cut at its stop) is seen by what follows.
 */
export function enumerationMarks(seg: string, before = '', after = ''): EnumerationMark[] {
  const lead = /(?:^|[\s,;:])\(?(\d{1,2}|[A-Za-z]|[ivx]{2,4})[.)]?\s*$/u.exec(before);
  const found = [...(seg + after).matchAll(MARK)].filter((m) => (m.index ?? 0) < seg.length).map((m) => ({ index: m.index ?? 0, text: m[0], raw: (m.groups?.p ?? m.groups?.q)! }));
  const romanList = found.some((f) => /^[ivx]{2,4}$/i.test(f.raw));
  const marks = found.map((f) => ({ ...f, ...read(f.raw, romanList) }));
  const start = lead ? read(lead[1], romanList) : null;
  const kept: EnumerationMark[] = [];
  for (const kind of ['digit', 'letter', 'roman'] as const) {
    const run = marks.filter((m) => m.kind === kind);
    // The longest stretch of consecutive values (1, 2, 3 / a, b, c), continuing a stripped lead marker.
    let best: typeof run = [];
    for (let i = 0; i < run.length; i++) {
      const cur = [run[i]];
      for (let j = i + 1; j < run.length && run[j].n === cur[cur.length - 1].n + 1; j++) cur.push(run[j]);
      const continues = start !== null && start.kind === kind && cur[0].n === start.n + 1;
      const startsList = cur[0].n === 1 && cur[0].index === 0;
      if ((cur.length >= 2 || continues || (startsList && cur.length >= 1)) && cur.length > best.length) best = cur;
    }
    for (const m of best) {
      // Take the separators before the marker too ("...left; and (3) obesity").
      const pre = /[\s,;]*(?:and\s+)?$/u.exec(seg.slice(0, m.index));
      const end = Math.min(seg.length, m.index + m.text.length);
      const post = /^\s*/u.exec(seg.slice(end));
      kept.push({ s: m.index - (pre ? pre[0].length : 0), e: end + (post ? post[0].length : 0) });
    }
  }
  return kept.sort((a, b) => a.s - b.s);
}

const TRAILING = /(?:^|[\s,;:])\(?(\d{1,2}|[A-Za-z])[.)]\s*$/u;
const LEADING = /^\s*\(?(\d{1,2}|[A-Za-z])[.)]\s+\S/u;

/**
 * The end of an enumerated list that the sentence splitter cut at its markers' stops
 * ("Diagnoses include: 1." / "Cervical strain 2." / "Lumbar radiculopathy."): when the text after
 * a cue is only a first marker, the list runs on through the sentences that end with the next
 * marker or come before one that opens with it ("Lumbar strain." / "2. Knee sprain."), and the
 * one after the last. `sentences` are [start, end) ranges in text order.
 */
export function enumeratedListEnd(text: string, start: number, end: number, sentences: { start: number; end: number }[]): number {
  const first = TRAILING.exec(text.slice(start, end));
  if (!first || text.slice(start, end).trim() !== first[0].trim() || read(first[1], false).n !== 1) return end;
  let n = 1;
  let i = sentences.findIndex((s) => s.start >= end);
  while (i >= 0 && i < sentences.length && n < 20) {
    end = sentences[i].end;
    const m = TRAILING.exec(text.slice(sentences[i].start, end));
    // Or the splitter kept the next marker with its item: "1." / "Lumbar strain." / "2. Knee sprain.".
    const next = sentences[i + 1] ? LEADING.exec(text.slice(sentences[i + 1].start, sentences[i + 1].end)) : null;
    if (m && read(m[1], false).n === n + 1) n++;
    else if (next && read(next[1], false).n === n + 1) n++;
    else break;
    i++;
  }
  return end;
}
