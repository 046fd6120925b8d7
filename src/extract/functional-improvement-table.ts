import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import { belowMcid, type Comparison, type FicEntry } from './functional-improvement-compare.ts';

/**
 * Serial measures written as a table: a header (a `table` label, then two or more `column` labels
 * of time: "Measure Intake 3/2026 8/2026 11/2026") and rows of a topic and its values, one per
 * column ("BDI-II 36 30 22"). Normalisation joins the table's lines, so rows are read as runs of
 * words (the row label, holding a topic) each followed by a run of numbers. A row compares its
 * first value with its last by the topic's `better`. The table ends at the first run that is no
 * row (a label of more than ROW_WORDS words, too many numbers, or a sentence end). A table with
 * cells parted by pipes ("Measure | IE 6/2026 | Today | Goal") is read cell by cell (`pipeRows`):
 * its first time column against its last, never a `goal` column.
 */
export function createTableFinder(entries: readonly FicEntry[]) {
  const headers = createMatcher(entries.filter((e) => e.kind === 'table'));
  const columnSources = entries.filter((e) => e.kind === 'column').flatMap((e) => e.patterns);
  const COLUMN = new RegExp(`\\s*(?:${columnSources.join('|')})(?![A-Za-z0-9/])`, 'iuy');
  const goalSources = entries.filter((e) => e.kind === 'goal').flatMap((e) => e.patterns);
  const GOAL = goalSources.length ? new RegExp(`^\\s*(?:${goalSources.join('|')})(?![A-Za-z0-9])`, 'iu') : null;
  // A header cell: time columns, each maybe in brackets ("Initial (02/11/25)").
  const CELL = new RegExp(`^\\s*(?:\\(?\\s*(?:${columnSources.join('|')})(?![A-Za-z0-9/])\\s*\\)?\\s*)+`, 'iu');

  return (ad: AnalyzedDocument, topics: Match<FicEntry>[]): (Comparison & { topic: number })[] => {
    const out: (Comparison & { topic: number })[] = [];
    if (!columnSources.length) return out;
    // A row's first and last values, by its topic's polarity; a change under the measure's minimal
    // clinically important difference is no change.
    const addRow = (row: { labelStart: number; labelEnd: number; values: number[]; end: number }, ruleId: string) => {
      const t = topics.find((x) => x.start >= row.labelStart && x.end <= row.labelEnd && x.entry.better && x.entry.dimension);
      if (!t?.entry.dimension) return;
      const change = row.values[row.values.length - 1] - row.values[0];
      const sign = belowMcid(t.entry, change) ? 0 : Math.sign(change);
      const direction = sign === 0 ? 'not_improved' : (sign > 0) === (t.entry.better === 'higher') ? 'improved' : 'worsened';
      out.push({ dimension: t.entry.dimension, direction, start: t.start, end: row.end, ruleId, topic: t.start, fixed: false });
    };
    const found = headers.findAll(ad.text);
    found.forEach((h, i) => {
      // The label opens its line or sentence, or follows another label ("Scores Test Intake ..."): not prose.
      const opens = /(?:^|[\n.:;]\s*)$/u.test(ad.text.slice(Math.max(0, h.start - 3), h.start))
        || (i > 0 && /^\s+$/u.test(ad.text.slice(found[i - 1].end, h.start)));
      if (!opens) return;
      if (/^\s*\|/u.test(ad.text.slice(h.end, h.end + 4))) {
        for (const row of pipeRows(ad.text, h.end, CELL, GOAL)) {
          addRow(row, h.entry.id);
        }
        return;
      }
      let at = h.end;
      let columns = 0;
      for (;;) {
        COLUMN.lastIndex = at;
        const c = COLUMN.exec(ad.text);
        if (!c) break;
        at += c[0].length;
        columns++;
      }
      if (columns < 2) return;
      for (const row of rowsFrom(ad.text, at, columns)) {
        addRow(row, h.entry.id);
      }
    });
    return out;
  };
}

// A row's label is a few words ("Grip R (kg)", "BDI-II"); a value a number, a score's numerator
// ("51/80") or a percentage.
const ROW_WORDS = 5;
const TOKEN = /\S+/gu;
const VALUE = /^-?(\d+(?:\.\d+)?)(?:\/\d+)?%?$/u;

interface Row { labelStart: number; labelEnd: number; values: number[]; end: number }

/** The rows after a header: label words then two to `columns` values, until something else. */
function rowsFrom(text: string, from: number, columns: number): Row[] {
  const rows: Row[] = [];
  const tail = text.slice(from, from + 600);
  let label: { start: number; end: number; words: number } | null = null;
  let values: number[] = [];
  let end = from;
  const close = () => {
    if (label && values.length >= 2 && values.length <= columns) rows.push({ labelStart: label.start, labelEnd: label.end, values, end });
    const ok = label !== null && values.length >= 2 && values.length <= columns;
    label = null;
    values = [];
    return ok;
  };
  for (const m of tail.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    const word = m[0].replace(/[,;]$/u, '');
    const v = VALUE.exec(word.replace(/\.$/u, ''));
    if (v) {
      if (!label) break;
      values.push(Number(m[0].startsWith('-') ? -Number(v[1]) : v[1]));
      end = start + word.length;
      if (/[.;]$/u.test(m[0])) {
        close();
        break;
      }
      continue;
    }
    if (values.length && !close()) break;
    if (!label) label = { start, end: start + m[0].length, words: 0 };
    label.end = start + m[0].length;
    if (++label.words > ROW_WORDS || /[.!?]$/u.test(m[0])) break;
  }
  close();
  return rows;
}

// A pipe cell's value: a number with a comparison sign or a unit after it ("<20", "5 lb", "29.5").
const CELL_VALUE = /^\s*[<>≤≥~]?\s*(-?\d+(?:\.\d+)?)(?:\/\d+)?\s*(?:%|(?:lbs?|kg|deg|°|secs?|s|mins?|ft|reps|pounds|points?|pts?)(?![A-Za-z]))?/iu;

/**
 * The rows of a pipe table from just after its header label: header cells of time columns (or a
 * goal), then rows of a label cell and one value cell per column. Normalisation may join the lines,
 * so the last cell of a line holds the next line's label after its value (or after a line break).
 * A row gives its first time column's value and its last's (at least two); goal columns are skipped.
 */
function pipeRows(text: string, from: number, cell: RegExp, goal: RegExp | null): Row[] {
  const rows: Row[] = [];
  const tail = text.slice(from, from + 800);
  const cells: { start: number; text: string }[] = [];
  let at = 0;
  for (const part of tail.split('|')) {
    cells.push({ start: from + at, text: part });
    at += part.length + 1;
  }
  // cells[0] is what stands between the header label and the first pipe (blank).
  const isGoal: boolean[] = [];
  let i = 1;
  let label: { start: number; end: number } | null = null;
  for (; i < cells.length; i++) {
    const c = cells[i].text;
    const g = goal?.exec(c);
    const t = g ? null : cell.exec(c);
    const head = g ?? t;
    if (!head) return rows;
    isGoal.push(g !== null && g !== undefined);
    const rest = c.slice(head[0].length);
    if (rest.trim()) {
      // The header's last cell holds the first row's label.
      const off = cells[i].start + head[0].length + (rest.length - rest.trimStart().length);
      label = { start: off, end: cells[i].start + c.trimEnd().length };
      i++;
      break;
    }
  }
  const columns = isGoal.length;
  const timed = isGoal.map((g, k) => (g ? -1 : k)).filter((k) => k >= 0);
  if (columns < 2 || timed.length < 2 || !label) return rows;
  while (label && i + columns - 1 < cells.length) {
    const values: (number | null)[] = [];
    let next: { start: number; end: number } | null = null;
    let end = 0;
    for (let k = 0; k < columns; k++) {
      const c = cells[i + k];
      const v = CELL_VALUE.exec(c.text);
      values.push(v ? Number(v[1]) : null);
      if (v) end = c.start + v[0].length;
      if (k === columns - 1) {
        const rest = c.text.slice(v ? v[0].length : 0);
        const line = rest.split(/\n/u);
        const labelText = line.length > 1 ? line.slice(1).join('\n') : rest;
        if (labelText.trim() && !/[.!?]\s*$/u.test(line[0]) && labelText.trim().split(/\s+/u).length <= ROW_WORDS + 2) {
          const off = c.start + c.text.length - labelText.length + (labelText.length - labelText.trimStart().length);
          next = { start: off, end: c.start + c.text.trimEnd().length };
        }
      }
    }
    const first = values[timed[0]];
    const last = values[timed[timed.length - 1]];
    if (first === null || last === null) break;
    rows.push({ labelStart: label.start, labelEnd: label.end, values: [first, last], end });
    label = next;
    i += columns;
  }
  return rows;
}
