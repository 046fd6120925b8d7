import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';

/** An abbreviation whose period does not end a sentence (`always`) or ends it only before a capital. */
export const AbbreviationEntry = entrySchema({
  /** `never`: the period never ends a sentence ("Dr."); `before_capital`: it does before a capital ("b.i.d. He"). */
  split: z.enum(['never', 'before_capital']),
});
export type AbbreviationEntry = z.infer<typeof AbbreviationEntry>;

export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Splits normalised text into sentences. A line break always ends a sentence (normalisation has
 * already joined hard wraps); ". ", "! ", "? " end one before a capital, a digit or a bracket, unless
 * the word before is an abbreviation that says otherwise, a single initial, or a decimal.
 */
export function createSentenceSplitter(dir?: string) {
  const lex = loadLexicon('sentence-abbreviations', AbbreviationEntry, dir);
  const never = new Set<string>();
  const beforeCapital = new Set<string>();
  // A two-word literal ("p.o. box") keeps its period only before its second word.
  const pairs: { word: string; next: string }[] = [];
  for (const e of lex.entries) {
    for (const l of e.literals) {
      const pair = /^(\S+)\.\s+(\S+)$/.exec(l.toLowerCase());
      if (pair) pairs.push({ word: pair[1], next: pair[2] });
      else (e.split === 'never' ? never : beforeCapital).add(l.toLowerCase().replace(/\.$/, ''));
    }
  }

  return function splitSentences(text: string): SentenceRange[] {
    const out: SentenceRange[] = [];
    let start = 0;
    const close = (end: number) => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e });
      start = end;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\n') {
        close(i);
        continue;
      }
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      const after = text.slice(i + 1, i + 4);
      const m = /^(["')\]]*)\s+(\S)/.exec(after) ?? /^(["')\]]*)\s+(\S)/.exec(text.slice(i + 1, i + 8));
      if (!m) continue;
      const next = m[2];
      if (!/[A-Z0-9([]/.test(next)) continue;
      if (ch === '.') {
        // A list marker ("1. Cervical strain") is not a sentence of its own.
        if (/^\s*\d{1,2}$/.test(text.slice(start, i))) continue;
        const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
        if (word && never.has(word)) continue;
        if (word && pairs.some((p) => p.word === word && /^[^\s,;:.]+/.exec(text.slice(i + 1 + m[1].length).trimStart())?.[0].toLowerCase() === p.next)) continue;
        if (word && beforeCapital.has(word) && !/[A-Z]/.test(next)) continue;
        // A single capital initial ("Dr. J. Smith") rarely ends a sentence.
        if (i >= 2 && /[A-Z]/.test(text[i - 1]) && /\s/.test(text[i - 2])) continue;
      }
      close(i + 1 + m[1].length);
    }
    close(text.length);
    return out;
  };
}
