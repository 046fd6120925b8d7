import type { DiagnosisCues } from './diagnoses-lexicons.ts';

/** A stretch of a list between separators, in offsets of the list's own text. */
export interface Piece {
  s: number;
  e: number;
  /** The separator before the piece was a conjunction ("and"), not a comma or semicolon. */
  afterAnd: boolean;
  /** The separator before the piece was a semicolon: pieces never join across it. */
  hard?: boolean;
}

const WORD = /[a-z0-9][a-z0-9'-]*/gu;
const FIRST_WORD = /^([a-z0-9'-]+)\s+/u;
const SIDE_LETTER = /^[lr]$/u;

/** Lower-case words of a piece, ignoring bracketed remarks. */
export const tokens = (s: string) => s.toLowerCase().replace(/\([^)]*\)/g, ' ').match(WORD) ?? [];

/** Trims spaces, quotes, list numbers, leading words ("significant for", "a") and end stops. */
export function trimPiece(seg: string, p: Piece, cues: DiagnosisCues): Piece {
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

/**
 * Joins pieces that are not diagnoses alone: course words and "with ..." tails join the item
 * before ("Delirium, resolved"), a lone condition word after "and" too ("pain and injury"), and
 * anatomy or sides join a neighbour ("cervical and lumbar strain", "contusion of face, scalp and
 * neck", "cataract, left eye"). Pieces never join across a semicolon. In a one-item-per-line list
 * (`line`), an operation or regimen after a comma joins too ("Tear, s/p repair").
 */
export function mergePieces(seg: string, pieces: Piece[], cues: DiagnosisCues, line = false): Piece[] {
  const words = (p: Piece) => tokens(seg.slice(p.s, p.e));
  const fragment = (w: string) => cues.words.fragment.has(w) || cues.test('fragment', w) !== null;
  // "Equinus, L ankle": a lone L or R abbreviates a side, but only beside a body part (not "..., R").
  const isFragment = (p: Piece) => words(p).some(fragment) && words(p).every((w) => fragment(w) || cues.words.modifier.has(w) || SIDE_LETTER.test(w));
  const startsWithFragment = (p: Piece) => fragment(words(p)[0] ?? '');
  const whole = (role: 'trailing' | 'line_trailing', text: string) => cues.match[role].findAll(text).some((m) => m.start === 0 && m.end === text.length);
  const trailing = (text: string) => cues.words.trailing.has(text) || whole('trailing', text) || (line && whole('line_trailing', text));
  const isTrailing = (p: Piece) => {
    const raw = seg.slice(p.s, p.e).toLowerCase().trim();
    // "Tear, s/p SAD (05/22/2022)": a dated operation is surgical history of its own, not the item's
    // qualifier; its date may be in the brackets the test below leaves out.
    if (line && cues.test('procedure', raw) && !whole('line_trailing', raw)) return false;
    const text = raw.replace(/\([^)]*\)/g, '').trim();
    if (trailing(text)) return true;
    // "burns, right arm secondary to a spill": a site and a course phrase still belong to the item.
    let rest = text;
    for (let m = FIRST_WORD.exec(rest); m && fragment(m[1]); m = FIRST_WORD.exec(rest)) {
      rest = rest.slice(m[0].length);
      if (trailing(rest)) return true;
    }
    return false;
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
