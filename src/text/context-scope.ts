/**
 * Scope grammar of the context engine that is punctuation, not vocabulary: where a trigger's
 * scope stops inside a sentence, and how far it is in words.
 */

/** Words (tokens with a letter or digit) in text[from, to). */
export function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return text.slice(from, to).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Clause boundaries: ";", ":" (not a time such as 10:30), "!" and a "." or "?" that ends a
 * sentence inside the text. Test kits and section-less notes put several statements in one
 * "sentence" ("ALLERGIES: NONE. EXAM: ..."); a trigger in one must not reach the next.
 */
const BOUNDARY = /;|(?<!\d):|:(?!\d)|!|[.?](?=\s+[\p{Lu}\p{N}(]|\s*$)|\*{3}/gu;

/**
 * True when a scope would leave the parenthesis its trigger stands in: a ")" that closes no "("
 * of the region on the way right, a "(" that no ")" of the region closes on the way left. "one
 * injection (no % given), NSAIDs": the "no" speaks of the injection's relief, not of the NSAIDs.
 */
function leavesParenthesis(region: string, triggerSide: 'left' | 'right'): boolean {
  let depth = 0;
  if (triggerSide === 'left') {
    for (const ch of region) {
      if (ch === '(') depth++;
      else if (ch === ')' && --depth < 0) return true;
    }
    return false;
  }
  for (let i = region.length - 1; i >= 0; i--) {
    if (region[i] === ')') depth++;
    else if (region[i] === '(' && --depth < 0) return true;
  }
  return false;
}

/**
 * True when a clause boundary lies in text[from, to). Punctuation right next to the trigger on
 * its scope side belongs to the trigger ("Negative for: fever", "Allergies: none"), so a ":" or
 * "-" separated from the trigger only by spaces does not count; `throughLists` ignores ";".
 */
export function crossesBoundary(text: string, from: number, to: number, triggerSide: 'left' | 'right', throughLists = false): boolean {
  const region = text.slice(from, to);
  if (leavesParenthesis(region, triggerSide)) return true;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(region); m; m = BOUNDARY.exec(region)) {
    if (m[0] === ';' && throughLists) continue;
    if (m[0] === ':' || m[0] === '-') {
      const gap = triggerSide === 'left' ? region.slice(0, m.index) : region.slice(m.index + 1);
      if (/^\s*$/.test(gap)) continue;
    }
    // A period that ends an initial or a dotted abbreviation ("J. Smith", "p.o. Then") is no
    // boundary; only ". " before a capital or a digit counts (see BOUNDARY).
    if (m[0] === '.') {
      const before = text.slice(Math.max(0, from + m.index - 3), from + m.index);
      if (/(?:^|[\s.])\p{L}$/u.test(before)) continue;
    }
    return true;
  }
  return false;
}
