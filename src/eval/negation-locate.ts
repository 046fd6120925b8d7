const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The concept's words (letters and digits), so punctuation and spacing differences do not matter. */
function wordsOf(concept: string): string[] {
  return concept.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function findWords(sentence: string, words: string[]): { start: number; end: number } | null {
  if (words.length === 0) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('[^\\p{L}\\p{N}]*')}`, 'iu');
  const m = re.exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Finds a concept phrase in a sentence for the negation evaluation. In order:
 * 1. a case-insensitive occurrence (quotes around the concept stripped): the first one written in
 *    capitals when there are several, because the NegEx kit marks the judged mention that way
 *    ("history of PE's ... not consistent with PE"), else the first;
 * 2. the same words with any whitespace or punctuation between them (test kits re-wrap text);
 * 3. the longest run of the concept's consecutive words that occurs, because annotated concepts
 *    sometimes run past the sentence boundary the kit cut the sentence at.
 */
export function locateConcept(sentence: string, concept: string): { start: number; end: number } | null {
  const needle = concept.trim().replace(/^["'\s]+|["'\s]+$/g, '').toLowerCase();
  if (!needle) return null;
  const lower = sentence.toLowerCase();
  const hits: number[] = [];
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) hits.push(at);
  if (hits.length > 0) {
    const isCaps = (at: number) => { const t = sentence.slice(at, at + needle.length); return t === t.toUpperCase(); };
    const at = hits.length > 1 ? (hits.find(isCaps) ?? hits[0]) : hits[0];
    return { start: at, end: at + needle.length };
  }
  const words = wordsOf(needle);
  const whole = findWords(sentence, words);
  if (whole) return whole;
  for (let len = words.length - 1; len >= 1; len--) {
    for (let from = 0; from + len <= words.length; from++) {
      const hit = findWords(sentence, words.slice(from, from + len));
      if (hit) return hit;
    }
  }
  return null;
}
