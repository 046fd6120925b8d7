import type { DiagnosisCues } from './diagnoses-lexicons.ts';
import { enumerationMarks } from './diagnoses-enumeration.ts';
import { mergePieces, tokens, trimPiece, type Piece } from './diagnoses-pieces.ts';

/** One diagnosis of a list: its name's range in the text, and the code stated with it. */
export interface DiagnosisItem {
  start: number;
  end: number;
  code: string | null;
}

// Grammar, not vocabulary: the separators of a written list.
// A spaced dash also separates in lists without codes ("Low back syndrome - lumbar radiculopathy").
const SEPARATOR = /\s*;\s*|\s*,\s*(?:(?:and|or|as\s+well\s+as)\s+)?|\s+(?:and|&|plus|as\s+well\s+as)\s+|\s+[-–]\s+/giu;
const WORD = /[a-z0-9][a-z0-9'-]*/gu;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
// A month or year closing an item of running text ("in March 2021", "in late 2019").
const WHEN = new RegExp(`\\s+in\\s+(?:(?:early|late|mid)[- ]?)?(?:${MONTH}(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d)$`, 'iu');
const inside = (ranges: [number, number][], a: number, b: number) => ranges.some(([s, e]) => a < e && s < b);

function brackets(seg: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\([^()]*\)/g;
  for (let m = re.exec(seg); m; m = re.exec(seg)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Splits the list in [start, end) of `text` into diagnoses. Lists whose items carry codes
 * ("Low back pain - 724.2, Herniated disc - 722.10") split at the codes only; others at commas,
 * semicolons and "and", except inside protected phrases and brackets. Pieces that are only anatomy
 * or sides ("contusion of face, scalp and neck", "cervical and lumbar strain") join a neighbour.
 * `line`: the list is one line of a section body, not running text.
 */
export function splitDiagnosisList(text: string, start: number, end: number, cues: DiagnosisCues, line = false): DiagnosisItem[] {
  const seg = text.slice(start, end);
  const codes = cues.match.icd_code.findAll(seg).map((m) => ({ s: m.start, e: m.end, code: m.groups.code ?? m.text }));
  // "Gastritis, NSAID-induced (K29.70) - improving on PPI": in a one-per-line list, a status remark
  // follows a spaced dash after the item's code; the item ends with its code.
  if (line && codes.length === 1 && /[A-Za-z]{2}/u.test(seg.slice(0, codes[0].s))) {
    const remark = /^\s*\)?(?=\s+[-–]{1,2}\s+\S)/u.exec(seg.slice(codes[0].e));
    if (remark) return splitDiagnosisList(text, start, start + codes[0].e + remark[0].length, cues, line);
  }
  const guarded: [number, number][] = [
    ...cues.match.protected.findAll(seg).map((m): [number, number] => [m.start, m.end]),
    ...codes.map((c): [number, number] => [c.s, c.e]),
    ...brackets(seg),
  ];
  const pieces: Piece[] = [];
  let from = 0;
  const codeSplit = codes.length >= 2 || (codes.length === 1 && /^[\s).,;\]]*$/.test(seg.slice(codes[0].e)));
  // "M17.11 Osteoarthritis, right knee; M23.221 Derangement ...": codes written before their names.
  const codeFirst = codes.length >= 2 && /^[\s(]*$/.test(seg.slice(0, codes[0].s));
  if (codeFirst) {
    codes.forEach((c, i) => pieces.push({ s: c.s, e: codes[i + 1]?.s ?? seg.length, afterAnd: false, hard: true }));
    from = seg.length;
  } else if (codeSplit) {
    for (const c of codes) {
      let cut = false;
      // "S/P repair 07/15/2026; tear of the ACL (S83.512A)": a semicolon still ends an uncoded item.
      for (const m of seg.slice(from, c.s).matchAll(/;/g)) {
        const at = from + m.index;
        if (inside(guarded, at, at + 1) || !/[A-Za-z]{2}/u.test(seg.slice(from, at))) continue;
        pieces.push({ s: from, e: at, afterAnd: false });
        from = at + 1;
        cut = true;
      }
      pieces.push({ s: from, e: c.e, afterAnd: false, hard: cut });
      const gap = /^[\s).,;\]]*(?:and\s+)?/.exec(seg.slice(c.e));
      from = c.e + (gap ? gap[0].length : 0);
    }
  } else {
    let afterAnd = false;
    let hard = false;
    // "(1) A (2) B", "a. A b. B": a list marker separates items like a semicolon.
    const marks = enumerationMarks(seg, text.slice(Math.max(0, start - 8), start), text.slice(end, end + 4));
    const seps = [
      ...[...seg.matchAll(SEPARATOR)].filter((m) => !inside(guarded, m.index, m.index + m[0].length) && !inside(marks.map((k) => [k.s, k.e]), m.index, m.index + m[0].length))
        .map((m) => ({ s: m.index, e: m.index + m[0].length, and: /and|&|well/i.test(m[0]), hard: m[0].includes(';') })),
      ...marks.map((k) => ({ ...k, and: false, hard: true })),
    ].sort((a, b) => a.s - b.s);
    for (const m of seps) {
      if (m.s < from) continue;
      pieces.push({ s: from, e: m.s, afterAnd, hard });
      afterAnd = m.and;
      hard = m.hard;
      from = m.e;
    }
    pieces.push({ s: from, e: seg.length, afterAnd, hard });
  }
  if (codeSplit && from < seg.length) pieces.push({ s: from, e: seg.length, afterAnd: false });

  const out = mergePieces(seg, pieces.map((p) => trimPiece(seg, p, cues)).filter((p) => p.e > p.s), cues, line);
  return out.flatMap((p) => {
    const after = codes.find((c) => c.s >= p.s && c.e <= p.e);
    // A code-first item: its code was trimmed off the piece's start as a lead.
    const code = after ?? codes.find((c) => c.e <= p.s && /^[\s:.–-]*$/u.test(seg.slice(c.e, p.s)));
    let e = p.e;
    if (after) e = after.s;
    // A trailing remark in brackets is not part of the name ("Delirium (likely due to ...)"), nor is
    // a note of its source ("(per EMG/NCV 05/2025)"); a side in brackets ("(left)") is.
    const remark = /\s*\(([^()]*)\)?[\s.]*$/.exec(seg.slice(p.s, e));
    if (remark && ((remark[1].match(WORD) ?? []).length > 3 || cues.test('source_note', remark[1].trim()))) e = p.s + remark.index;
    while (e > p.s && /[\s(\[:,;.–-]/.test(seg[e - 1])) e--;
    // "S/P ACL reconstruction 07/15/2026", "s/p SAD (05/2022)": the date of an operation is not part of its name.
    const date = /\s+(?:on\s+)?(?:\d{1,2}([/-])\d{1,2}\1\d{2,4}|\(\s*(?:on\s+)?\d{1,2}\/(?:\d{1,2}\/)?\d{2,4}\s*\)?)$/u.exec(seg.slice(p.s, e));
    if (date && /[A-Za-z]{2}/u.test(seg.slice(p.s, p.s + date.index))) e = p.s + date.index;
    // "a concussion in March", "lumbar strain in 2019" in running text: when, not what.
    const when = line ? null : WHEN.exec(seg.slice(p.s, e));
    if (when && /[A-Za-z]{2}/u.test(seg.slice(p.s, p.s + when.index))) e = p.s + when.index;
    const name = seg.slice(p.s, e);
    const words = tokens(name);
    if (!/[A-Za-z]{2}/.test(name) || words.length > 20) return [];
    if (cues.test('not_item', name.trim().replace(/[.]$/, ''))) return [];
    if (words.every((w) => cues.words.fragment.has(w) || cues.words.modifier.has(w))) return [];
    // "post-traumatic", "current injury" cut off by a semicolon: a qualifier alone names nothing.
    if (cues.words.trailing.has(name.trim().toLowerCase())) return [];
    return [{ start: start + p.s, end: start + e, code: code?.code ?? null }];
  });
}
