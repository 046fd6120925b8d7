import type { DiagnosisCues } from './diagnoses-lexicons.ts';

const WORD = /[a-z0-9][a-z0-9'-]*/gu;

/**
 * The ICD-10-CM code of a diagnosis name from the curated lexicon, or null. Confident only: the
 * longest lexicon match must cover the name apart from sides, anatomy and course words, so
 * "lumbar strain, subsequent encounter" gets S39.012A but "low back pain with back strain" gets
 * nothing. A stated side picks the lateral code when the entry has one.
 */
export function icd10For(name: string, cues: DiagnosisCues): string | null {
  const matches = cues.icd.findAll(name);
  if (!matches.length) return null;
  const best = matches.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  // A comma-separated tail that is a whole course or title phrase ("current injury", "not
  // intractable") qualifies the name without changing what it is.
  const chunks = `${name.slice(0, best.start)},${name.slice(best.end)}`.toLowerCase().split(/[,;]/u);
  const rest = chunks.filter((c) => !cues.words.trailing.has(c.trim())).join(' ').match(WORD) ?? [];
  const allowed = (w: string) => cues.words.fragment.has(w) || cues.words.modifier.has(w) || cues.words.trailing.has(w);
  if (!rest.every(allowed)) return null;
  const words = new Set(name.toLowerCase().match(WORD) ?? []);
  const e = best.entry;
  if (words.has('bilateral') || words.has('bilaterally')) return e.bilateral ?? e.code;
  if (words.has('right') && !words.has('left')) return e.right ?? e.code;
  if (words.has('left') && !words.has('right')) return e.left ?? e.code;
  return e.code;
}
