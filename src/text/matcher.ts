import type { BaseEntry } from '../lexicon/entry.ts';

/** One match of a lexicon entry in a text. */
export interface Match<E extends BaseEntry = BaseEntry> {
  entry: E;
  start: number;
  end: number;
  text: string;
  /** Named groups of the entry's pattern, when it has any. */
  groups: Record<string, string | undefined>;
}

const WORD = 'A-Za-z0-9';

function literalSource(literal: string): string {
  const escaped = literal.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // Word boundaries only where the literal itself starts or ends with a word character, so
  // triggers such as "?" or "(-)" still match.
  const pre = /^[A-Za-z0-9]/.test(literal.trim()) ? `(?<![${WORD}])` : '';
  const post = /[A-Za-z0-9]$/.test(literal.trim()) ? `(?![${WORD}])` : '';
  return `${pre}${escaped}${post}`;
}

export interface Matcher<E extends BaseEntry> {
  /** Every match, longest first where they overlap when `overlaps` is false (the default). */
  findAll(text: string, options?: { overlaps?: boolean }): Match<E>[];
}

/**
 * The one shared matcher: compiles lexicon entries (literals and patterns) into case-insensitive
 * regular expressions and finds them in a text. Without `overlaps`, a longer match wins over any
 * match it overlaps, and earlier entries win ties, as in medspaCy's matcher.
 */
export function createMatcher<E extends BaseEntry>(entries: readonly E[]): Matcher<E> {
  const compiled = entries.map((entry) => {
    const sources = [...entry.literals.map(literalSource), ...entry.patterns.map((p) => `(?:${p})`)];
    // One expression per source, so patterns of one entry may reuse group names.
    return { entry, res: sources.map((src) => new RegExp(src, 'giu')) };
  });
  return {
    findAll(text, options = {}) {
      const all: (Match<E> & { order: number })[] = [];
      compiled.forEach(({ entry, res }, order) => {
        for (const re of res) {
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0].length === 0) {
              re.lastIndex++;
              continue;
            }
            all.push({ entry, start: m.index, end: m.index + m[0].length, text: m[0], groups: { ...(m.groups ?? {}) }, order });
          }
        }
      });
      // The same entry can match one place through two sources: keep one.
      const seen = new Set<string>();
      for (let i = all.length - 1; i >= 0; i--) {
        const key = `${all[i].order}:${all[i].start}:${all[i].end}`;
        if (seen.has(key)) all.splice(i, 1);
        else seen.add(key);
      }
      if (options.overlaps) return all.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
      all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
      const kept: (Match<E> & { order: number })[] = [];
      for (const m of all) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
      return kept.sort((a, b) => a.start - b.start).map(({ order: _order, ...m }) => m);
    },
  };
}

const shared = new WeakMap<readonly BaseEntry[], Matcher<BaseEntry>>();

/**
 * The matcher of a whole lexicon's entry list (a cached lexicon's `entries`), compiled once and
 * shared by every stage that reads the lexicon: the drug lexicon alone is read by six stages.
 * Sharing is safe because `findAll` runs synchronously from `lastIndex = 0`.
 */
export function sharedMatcher<E extends BaseEntry>(entries: readonly E[]): Matcher<E> {
  let matcher = shared.get(entries);
  if (!matcher) {
    matcher = createMatcher(entries);
    shared.set(entries, matcher);
  }
  return matcher as Matcher<E>;
}
