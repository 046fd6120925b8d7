/**
 * Normalised text with a map back to the original: extractors read `text`, provenance points into
 * the original through `toOriginal`.
 */
export interface NormalizedText {
  text: string;
  /** Original offset of each normalised character (length text.length + 1; the last is the end). */
  map: Int32Array;
}

/** Maps a normalised [start, end) range to the original text. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: norm.map[start], end: norm.map[start] };
  return { start: norm.map[start], end: norm.map[end - 1] + 1 };
}

const LIST_ITEM = /^\s*(?:\d{1,2}[.)]\s|[-*•]\s)/;
const CAPS_HEADER = /^\s*[A-Z][A-Z0-9 /&,'()-]{2,60}:?\s*$/;
const SENTENCE_END = /[.!?:;]["')\]]?\s*$/;
// A line that opens with a label and a colon ("MEDICATIONS: Naproxen", "Meds: Motrin", SOAP "A: ..." or "A - ..."; a
// mixed-case label may stand alone on its line: "Plan:"), or
// with an ALL-CAPS run of four or more letters before a capitalised word ("PLAN Additional PT"),
// starts a new section of a note; wrapped prose resumes mid-sentence and does not.
const HEADER_START = /^\s*(?:[A-Z][A-Z0-9 /&'()-]{0,60}?\s*:(?!\/)|[A-Z] +[-–] +(?=\S)|[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:(?:\s|$)|[A-Z][A-Z/&'-]{3,}(?:\s+[A-Z/&'-]{2,})*\s+(?=[A-Z0-9]))/;

// A capitalised line after a short one is the next statement of a charted list ("BDI-II 19 (31 at
// intake)" / "PCL-5 50 ..."), not wrapped prose: a hard wrap leaves the line above near full width.
const STATEMENT_START = /^\s*["'(]?[A-Z]/;

/**
 * Below this length a line is short for its document: 60% of its longest line (a hard-wrapped
 * document's full lines are all near its wrap width), and never more than 60 characters.
 */
function shortLineLength(lines: readonly { text: string }[]): number {
  const longest = Math.max(0, ...lines.map((l) => l.text.trim().length));
  return Math.min(60, 0.6 * longest);
}

function isHeaderLine(line: string): boolean {
  return CAPS_HEADER.test(line) && /[A-Z]{3}/.test(line);
}

/**
 * Normalises a document's text while keeping every character mappable:
 * - CRLF and form feeds (page joins) become line breaks;
 * - a word hyphenated across a line break ("treat-\nment") is joined;
 * - a hard wrap inside a sentence (the previous line does not end a sentence, neither line is a
 *   header or a list item) becomes one space, even across blank lines that PDF text layers insert;
 * - MTSamples-style line breaks (".," / ":," before a capital, a digit or two spaces) become "\n";
 * - runs of spaces and tabs become one space.
 */
export function normalizeText(original: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  const push = (ch: string, at: number) => {
    out.push(ch);
    map.push(at);
  };
  const lines: { text: string; start: number }[] = [];
  const breaks = /\r\n|\r|\n|\f/g;
  let last = 0;
  for (let m = breaks.exec(original); m; m = breaks.exec(original)) {
    lines.push({ text: original.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  lines.push({ text: original.slice(last), start: last });

  const shortLine = shortLineLength(lines);
  let prevContent: string | null = null;
  let pendingBreakAt = -1;
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (prevContent !== null && pendingBreakAt < 0) pendingBreakAt = line.start;
      continue;
    }
    if (prevContent !== null) {
      const hyphen = /[a-z]-\s*$/.test(prevContent) && /^\s*[a-z]/.test(line.text);
      const wrap =
        !SENTENCE_END.test(prevContent) && !isHeaderLine(prevContent) && !isHeaderLine(line.text) && !HEADER_START.test(line.text) && !LIST_ITEM.test(line.text) &&
        !(STATEMENT_START.test(line.text) && prevContent.trim().length < shortLine);
      const at = pendingBreakAt >= 0 ? pendingBreakAt : line.start - 1;
      if (hyphen) {
        // Drop the hyphen and trailing spaces already emitted.
        while (out.length && /[ \t]/.test(out[out.length - 1])) { out.pop(); map.pop(); }
        out.pop();
        map.pop();
      } else {
        while (out.length && /[ \t]/.test(out[out.length - 1])) { out.pop(); map.pop(); }
        push(wrap ? ' ' : '\n', at);
      }
    }
    emitLine(line.text, line.start, push, out, map);
    prevContent = line.text;
    pendingBreakAt = -1;
  }
  map.push(original.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}

function emitLine(text: string, start: number, push: (ch: string, at: number) => void, out: string[], map: number[]): void {
  let i = 0;
  while (i < text.length && /[ \t]/.test(text[i])) i++;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\u00a0') {
      if (out.length && out[out.length - 1] !== ' ' && out[out.length - 1] !== '\n') push(' ', start + i);
      continue;
    }
    const last = ch === ',' ? transcriptionBreak(text, i) : -1;
    if (last >= 0) {
      while (out.length && out[out.length - 1] === ' ') { out.pop(); map.pop(); }
      push('\n', start + i);
      i = last;
      while (i + 1 < text.length && /[ \t]/.test(text[i + 1])) i++;
      continue;
    }
    push(ch, start + i);
  }
  while (out.length && out[out.length - 1] === ' ') {
    out.pop();
    map.pop();
  }
}

/** An ALL-CAPS heading right after a comma ("elbow,EMPLOYER:", "?,ANSWER:", ",DATE OF EXAMINATION :"). */
const CAPS_HEADING_AFTER = /^[A-Z][A-Z0-9 /&'()-]{1,60}?\s?:/;
/** An ALL-CAPS heading without a colon at the end of the text before a comma ("CURRENT MEDICATIONS,1."). */
const CAPS_HEADING_BEFORE = /(?:^|[.:?!][\s,]*)[A-Z][A-Z0-9 /&'()-]{2,60}$/;

/**
 * MTSamples transcriptions write line breaks as commas. Returns the index of the last character
 * of the comma run that stands for a break at `i`, or -1 when the comma is an ordinary one:
 * - after a sentence end or colon, a run of commas and spaces (".,", "., ,", ". ,") followed
 *   directly by a capital, a digit or "(", or by two spaces ("M.D., Smith" is not a break);
 * - a comma with no space after it, before an ALL-CAPS heading with a colon;
 * - a comma with no space after it, between an ALL-CAPS heading and a numbered list ("IMPRESSION ,1.").
 */
function transcriptionBreak(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && /[ \t,]/.test(text[k])) k--;
  let e = i + 1;
  while (e < text.length && /[ \t,]/.test(text[e])) e++;
  const run = text.slice(i, e);
  const after = text.slice(e);
  if (k >= 0 && /[.:?!]/.test(text[k]) && /^[A-Z0-9(]/.test(after) && (run.endsWith(',') || / {2}$/.test(run))) return e - 1;
  const next = text.slice(i + 1);
  if (/^[A-Z]/.test(next)) {
    const heading = CAPS_HEADING_AFTER.exec(next);
    if (heading && /[A-Z]{3}/.test(heading[0])) return i;
  }
  if (/^\d{1,2}\.\s/.test(next) && CAPS_HEADING_BEFORE.test(text.slice(0, i).trimEnd()) && /[A-Z]{3}/.test(text.slice(Math.max(0, i - 30), i))) return i;
  return -1;
}
