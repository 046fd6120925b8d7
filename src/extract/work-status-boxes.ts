import type { Match } from '../text/matcher.ts';

/** A check box of a work-status form: its span and whether it is ticked. */
export interface Box {
  start: number;
  end: number;
  checked: boolean;
}

/** What the boxes of a text say about the status labels on their lines. */
export interface BoxReading<M extends Match> {
  /** Statuses an empty box owns ("[ ] TTD", "TTD [ ]"): the form does not state them. */
  voided: Set<M>;
  /** Bare labels ("Modified", "Regular") right beside a ticked box: statuses the form states. */
  ticked: M[];
}

// What may stand between a label and its own box: spaces, a colon or a dash ("TTD: [ ]", "Modified - [X]").
const ADJACENT = /^[ \t]*[:\-–]?[ \t]*$/u;

type Item<M> = { kind: 'box'; at: number; box: Box } | { kind: 'label'; at: number; label: M };

/**
 * Pairs the boxes of each line with its labels by the line's layout. On a line whose first item
 * (box or label) is a box, a box owns the text up to the next box ("[X] Modified duty [ ] TTD");
 * on a line whose first item is a label, a box owns the text back to the previous box ("TTD [ ]
 * Modified [X]", "TTD: [ ] Modified duty: [x] Regular: [ ]"). A first label followed by a colon
 * and a box on a line that ends with a label is the form's heading ("Work restrictions: [ ] TTD
 * [x] Modified"): the line is read box first, and the heading itself states nothing.
 * `labels` are the statuses found in the text, `bare` the labels that count only beside a ticked box.
 */
export function readBoxes<M extends Match>(text: string, boxes: Box[], labels: M[], bare: M[]): BoxReading<M> {
  const voided = new Set<M>();
  const ticked: M[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const inLine = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start >= lineStart && x.start < lineEnd);
    const lineBoxes = inLine(boxes);
    if (lineBoxes.length > 0) readLine(text, lineStart, lineEnd, lineBoxes, inLine(labels), inLine(bare), voided, ticked);
    lineStart = lineEnd + 1;
  }
  return { voided, ticked };
}

function readLine<M extends Match>(text: string, lineStart: number, lineEnd: number, boxes: Box[], labels: M[], bare: M[], voided: Set<M>, ticked: M[]) {
  // Bare labels inside a full label ("Modified" of "Modified duty") are not items of their own.
  const ownBare = bare.filter((b) => !labels.some((l) => l.start <= b.start && b.end <= l.end));
  const items: Item<M>[] = [
    ...boxes.map((box) => ({ kind: 'box' as const, at: box.start, box })),
    ...[...labels, ...ownBare].filter((l) => !boxes.some((b) => l.start < b.end && b.start < l.end)).map((label) => ({ kind: 'label' as const, at: label.start, label })),
  ].sort((a, b) => a.at - b.at);
  let from = lineStart;
  const first = items[0];
  const last = items[items.length - 1];
  if (first.kind === 'label' && last.kind === 'label' && items[1]?.kind === 'box' && /^\s*:\s*$/u.test(text.slice(first.label.end, items[1].box.start))) {
    // A heading: it names the form, and the boxes after it come before their labels.
    if (labels.includes(first.label)) voided.add(first.label);
    items.shift();
    from = first.label.end;
  }
  const boxFirst = items[0].kind === 'box';
  const lineBoxes = items.flatMap((i) => (i.kind === 'box' ? [i.box] : []));
  lineBoxes.forEach((box, i) => {
    // The text a box owns: up to the next box when boxes lead, back to the previous one when labels lead.
    const [a, b] = boxFirst ? [box.end, lineBoxes[i + 1]?.start ?? lineEnd] : [lineBoxes[i - 1]?.end ?? from, box.start];
    const owned = (m: Match) => m.start >= a && m.end <= b;
    if (!box.checked) {
      labels.filter(owned).forEach((l) => voided.add(l));
      return;
    }
    const beside = ownBare.filter(owned).find((m) => ADJACENT.test(boxFirst ? text.slice(box.end, m.start) : text.slice(m.end, box.start)));
    if (beside) ticked.push(beside);
  });
}
