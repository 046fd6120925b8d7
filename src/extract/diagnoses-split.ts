import type { DiagnosisCues } from './diagnoses-lexicons.ts';

/** One diagnosis of a list: its name's range in the text, and the code stated with it. */
export interface DiagnosisItem {
  start: number;
  end: number;
  code: string | null;
}

interface Piece {
  s: number;
  e: number;
  /** The separator before the piece was a conjunction ("and"), not a comma or semicolon. */
  afterAnd: boolean;
  /** The separator before the piece was a semicolon: pieces never join across it. */
  hard?: boolean;
}

// Grammar, not vocabulary: the separators of a written list.
const SEPARATOR = /\s*;\s*|\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|&|as\s+well\s+as)\s+/giu;
const WORD = /[a-z0-9][a-z0-9'-]*/gu;

const tokens = (s: string) => s.toLowerCase().replace(/\([^)]*\)/g, ' ').match(WORD) ?? [];
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
 */
export function splitDiagnosisList(text: string, start: number, end: number, cues: DiagnosisCues): DiagnosisItem[] {
  const seg = text.slice(start, end);
  const codes = cues.match.icd_code.findAll(seg).map((m) => ({ s: m.start, e: m.end, code: m.groups.code ?? m.text }));
  const guarded: [number, number][] = [
    ...cues.match.protected.findAll(seg).map((m): [number, number] => [m.start, m.end]),
    ...codes.map((c): [number, number] => [c.s, c.e]),
    ...brackets(seg),
  ];
  const pieces: Piece[] = [];
  let from = 0;
  const codeSplit = codes.length >= 2 || (codes.length === 1 && /^[\s).,;\]]*$/.test(seg.slice(codes[0].e)));
  if (codeSplit) {
    for (const c of codes) {
      pieces.push({ s: from, e: c.e, afterAnd: false });
      const gap = /^[\s).,;\]]*(?:and\s+)?/.exec(seg.slice(c.e));
      from = c.e + (gap ? gap[0].length : 0);
    }
  } else {
    let afterAnd = false;
    let hard = false;
    for (const m of seg.matchAll(SEPARATOR)) {
      const at = m.index ?? 0;
      if (inside(guarded, at, at + m[0].length)) continue;
      pieces.push({ s: from, e: at, afterAnd, hard });
      afterAnd = /and|&|well/i.test(m[0]);
      hard = m[0].includes(';');
      from = at + m[0].length;
    }
    pieces.push({ s: from, e: seg.length, afterAnd, hard });
  }
  if (codeSplit && from < seg.length) pieces.push({ s: from, e: seg.length, afterAnd: false });

  const out = mergePieces(seg, pieces.map((p) => trimPiece(seg, p, cues)).filter((p) => p.e > p.s), cues);
  return out.flatMap((p) => {
    const code = codes.find((c) => c.s >= p.s && c.e <= p.e);
    let e = p.e;
    if (code) e = code.s;
    // A trailing remark in brackets is not part of the name ("Delirium (likely due to ...)").
    const remark = /\s*\(([^()]*)\)?[\s.]*$/.exec(seg.slice(p.s, e));
    if (remark && (remark[1].match(WORD) ?? []).length > 3) e = p.s + remark.index;
    while (e > p.s && /[\s(\[:,;.–-]/.test(seg[e - 1])) e--;
    const name = seg.slice(p.s, e);
    const words = tokens(name);
    if (!/[A-Za-z]{2}/.test(name) || words.length > 20) return [];
    if (cues.test('not_item', name.trim().replace(/[.]$/, ''))) return [];
    if (words.every((w) => cues.words.fragment.has(w) || cues.words.modifier.has(w))) return [];
    return [{ start: start + p.s, end: start + e, code: code?.code ?? null }];
  });
}

/** Trims spaces, quotes, list numbers, leading words ("significant for", "a") and end stops. */
function trimPiece(seg: string, p: Piece, cues: DiagnosisCues): Piece {
  let { s, e } = p;
  for (let changed = true; changed && s < e; ) {
    changed = false;
    const lead = /^[\s"'“”‘’*•:,;]+|^\(?\d{1,2}[.)]\s+/u.exec(seg.slice(s, e));
    if (lead) {
      s += lead[0].length;
      changed = true;
    }
    const cue = cues.match.lead.findAll(seg.slice(s, e)).find((m) => m.start === 0 && m.end < e - s);
    if (cue) {
      s += cue.end;
      changed = true;
    }
  }
  while (e > s && /[\s"'“”‘’,;:.]/u.test(seg[e - 1])) e--;
  return { ...p, s, e };
}

function mergePieces(seg: string, pieces: Piece[], cues: DiagnosisCues): Piece[] {
  const words = (p: Piece) => tokens(seg.slice(p.s, p.e));
  const fragment = (w: string) => cues.words.fragment.has(w) || cues.test('fragment', w) !== null;
  const isFragment = (p: Piece) => words(p).some(fragment) && words(p).every((w) => fragment(w) || cues.words.modifier.has(w));
  const startsWithFragment = (p: Piece) => fragment(words(p)[0] ?? '');
  const isTrailing = (p: Piece) => {
    const text = seg.slice(p.s, p.e).toLowerCase().replace(/\([^)]*\)/g, '').trim();
    return cues.words.trailing.has(text) || cues.match.trailing.findAll(text).some((m) => m.start === 0 && m.end === text.length);
  };
  const isGeneric = (p: Piece) => p.afterAnd && words(p).length === 1 && cues.words.generic.has(words(p)[0] ?? '');
  const out: Piece[] = [];
  const list = [...pieces];
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const prev = out[out.length - 1];
    const joinsPrev = prev && !p.hard;
    if (joinsPrev && (isTrailing(p) || isGeneric(p))) {
      prev.e = p.e;
      continue;
    }
    if (isFragment(p)) {
      const next = list[i + 1];
      const joinsNext = next && !next.hard;
      // "contusion of the face, scalp and neck": the tail of an "of" phrase stays with it.
      const ofTail = joinsPrev && / of (?:the )?\S+$/i.test(seg.slice(prev.s, prev.e)) && fragment(words(prev).at(-1) ?? '');
      if (joinsNext && !ofTail && (startsWithFragment(next) || !joinsPrev)) {
        list[i + 1] = { ...next, s: p.s, afterAnd: p.afterAnd, hard: p.hard };
        continue;
      }
      if (joinsPrev) prev.e = p.e;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}
