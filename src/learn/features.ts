/**
 * Features of a sentence for the learned readers: lower-cased word unigrams and bigrams, numbers
 * folded to their shape ("45" -> "#", "10/10" -> "#/#") so a value never becomes a feature of its
 * own, words after a negation cue marked (`not_walk`), the section category and the ConText
 * categories whose triggers stand in the sentence. A feature is a string so a model file can be
 * read by a person: its weights say which words moved a decision.
 */
export interface SentenceView {
  text: string;
  section: string | null;
  /** ConText trigger categories found in the sentence (negated, historical, ...). */
  contexts: readonly string[];
}

const TOKEN = /[a-z]+(?:'[a-z]+)?|\d+(?:[./]\d+)*|[%+\-<>→]/gu;
// A negation cue marks the next few words: "not able to walk" differs from "able to walk".
const NEGATION = new Set(['no', 'not', 'never', 'without', 'unable', 'cannot', "can't", 'denies', 'nor', 'none', "doesn't", "didn't", "isn't", "hasn't", "haven't", "wasn't", "won't"]);
const NEGATION_REACH = 3;

/** The tokens of a text, numbers folded to their shape. */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []).map((t) => (/^\d/u.test(t) ? t.replace(/\d+/gu, '#') : t));
}

/** The feature strings of one sentence (a set: a repeated word counts once). */
export function sentenceFeatures(view: SentenceView): string[] {
  const toks = tokens(view.text);
  const out = new Set<string>(['bias']);
  let negatedFor = 0;
  for (const [i, t] of toks.entries()) {
    out.add(`w:${t}`);
    if (negatedFor > 0) out.add(`n:${t}`);
    negatedFor = NEGATION.has(t) ? NEGATION_REACH : Math.max(0, negatedFor - 1);
    if (i > 0) out.add(`b:${toks[i - 1]}_${t}`);
  }
  // A value said against an earlier one: which way it moved, joined with each word, so the model
  // can learn that walking distance up and Norco down are both gains.
  const moved = movement(view.text);
  if (moved) {
    out.add(`m:${moved}`);
    for (const t of new Set(toks)) if (/^[a-z]{3,}$/u.test(t)) out.add(`m:${moved}:${t}`);
  }
  if (view.section) out.add(`s:${view.section}`);
  for (const c of view.contexts) out.add(`c:${c}`);
  if (toks.length <= 6) out.add('short');
  return [...out];
}

const NUM = String.raw`(\d+(?:\.\d+)?)(?:/\d+)?`;
// "A -> B", "from A to B", "A ... (was B)", "up from A", "B today vs A", "down to B from A".
const LATER_AFTER = [
  new RegExp(`${NUM}[^\\d;]{0,25}?(?:->|→|=>)\\s*~?${NUM}`, 'u'),
  // "from A to B" (a bare "A to B" is a range: "4 to 5 minutes").
  new RegExp(`from\\s+~?${NUM}[^\\d;]{0,15}?\\s+to\\s+~?${NUM}`, 'iu'),
];
const EARLIER_AFTER = [
  new RegExp(`${NUM}[^\\d;]{0,30}?\\((?:was|previously|prior|from|initial(?:ly)?|at intake|baseline)[:\\s]*~?${NUM}`, 'iu'),
  new RegExp(`${NUM}[^\\d;]{0,30}?(?:up|down) from\\s*~?${NUM}`, 'iu'),
  new RegExp(`${NUM}[^\\d;]{0,30}?(?:compared (?:with|to)|vs\\.?|versus|previously|from)\\s*~?${NUM}`, 'iu'),
];

/** Which way a value moved in a sentence ("up", "down", "same"), when it states one against another. */
export function movement(text: string): 'up' | 'down' | 'same' | null {
  const sign = (before: number, now: number) => (now > before ? 'up' : now < before ? 'down' : 'same');
  for (const re of LATER_AFTER) {
    const m = re.exec(text);
    if (m) return sign(Number(m[1]), Number(m[2]));
  }
  for (const re of EARLIER_AFTER) {
    const m = re.exec(text);
    if (m) return sign(Number(m[2]), Number(m[1]));
  }
  return null;
}

/** The view of an analysed sentence the learned readers read (the same at training and at run time). */
export function viewOf(sentence: { text: string; section: { category: string } | null; triggers: readonly { entry: { category: string } }[] }): SentenceView {
  return {
    text: sentence.text,
    section: sentence.section?.category ?? null,
    contexts: [...new Set(sentence.triggers.map((t) => t.entry.category))].sort(),
  };
}

/**
 * A sentence that opens under a plan or a relative ("Patient to increase sitting tolerance to 30
 * min", "Will resume walking program", "Her mother walks with a cane"): a forward hypothetical or
 * family trigger within its first three words covers the whole statement, so it states no
 * evidence of the worker's course. Learned readers skip it, as the export skips such facts.
 */
export function opensUnasserted(sentence: { text: string; triggers: readonly { start: number; entry: { category: string; direction?: string } }[] }): boolean {
  const third = /^\s*(?:\S+\s+){0,3}/u.exec(sentence.text)?.[0].length ?? 0;
  return sentence.triggers.some((t) => (t.entry.category === 'hypothetical' || t.entry.category === 'family') && t.entry.direction === 'forward' && t.start < third);
}
