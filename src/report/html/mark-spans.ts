import { escapeHtml } from './escape.ts';

/** A range of text to highlight; `id` makes it a link target (null on the continuation of a split range). */
export interface MarkSpan {
  start: number;
  end: number;
  id: string | null;
  factId: string;
  cls: string;
  title: string;
}

const byStart = (a: MarkSpan, b: MarkSpan) => a.start - b.start || b.end - a.end;

/**
 * Wraps ranges of `text` in `<mark>` elements, escaping everything else through `renderText`.
 * Ranges may nest or cross (a date-of-injury span can hold the age and the sex): a range that
 * crosses the end of an open one is split there, its first part keeping the id, so the markup
 * stays well nested and every id stays on the first highlighted piece of its quote.
 */
export function markText(text: string, spans: MarkSpan[], renderText: (s: string) => string = escapeHtml): string {
  const queue = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort(byStart);
  const out: string[] = [];
  const stack: MarkSpan[] = [];
  let pos = 0;
  const emit = (to: number) => {
    if (to > pos) out.push(renderText(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  const closeUntil = (p: number) => {
    while (stack.length && stack[stack.length - 1].end <= p) {
      emit(stack[stack.length - 1].end);
      out.push('</mark>');
      stack.pop();
    }
  };
  while (queue.length) {
    let s = queue.shift()!;
    closeUntil(s.start);
    emit(s.start);
    const parent = stack[stack.length - 1];
    if (parent && s.end > parent.end) {
      const rest = { ...s, start: parent.end, id: null };
      s = { ...s, end: parent.end };
      const at = queue.findIndex((q) => byStart(rest, q) < 0);
      queue.splice(at < 0 ? queue.length : at, 0, rest);
    }
    const id = s.id ? ` id="${escapeHtml(s.id)}"` : '';
    out.push(`<mark${id} class="${escapeHtml(s.cls)}" data-fact="${escapeHtml(s.factId)}" title="${escapeHtml(s.title)}">`);
    stack.push(s);
  }
  closeUntil(Number.POSITIVE_INFINITY);
  emit(text.length);
  return out.join('');
}
