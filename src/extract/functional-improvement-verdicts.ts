import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import type { Comparison, FicEntry } from './functional-improvement-compare.ts';

// What may stand between a topic and the verdict after it: a colon or dash, a ticked box, a verb
// of being and a degree word ("ADLs: [X] improved", "cervical ROM is worse", "sitting tolerance
// has gotten much better", "tolerances all up"), a date it stands as of ("Restrictions per 9/14 unchanged"). Anything else ("walking; mood improved") is another subject.
const LINK = /^(?:\s+|[:\-–]|\[\s*[xX✓✔]\s*\]|☒|☑|■|\(\s*[xX✓✔]\s*\)|(?:per|as\s+of)\s+(?:the\s+)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|last|prior|previous)(?:\s+(?:visit|report|PR-?2|note|exam))?(?![\w/])|(?:is|are|was|were|has|have|had|been|now|remains?|remained|still|much|somewhat|slightly|significantly|markedly|greatly|a\s+little|a\s+lot|essentially|about|roughly|basically|the|overall|also|got|gotten|become|becoming|all|both)(?![A-Za-z]))*$/iu;
// What may stand between a verdict and the topic after it ("decreased his walking distance").
const LEAD_LINK = /^\s*(?:(?:his|her|their|the)\s+)?$/iu;

/**
 * Verdicts said right beside a functional topic: after it ("ADLs unchanged", "sitting tolerance no
 * better", "Oswestry down to 22%") or, with `after`, before it ("increased walking distance since
 * the last visit"). A verdict's `direction` is its own; a `moves` verdict (up or down) takes its
 * direction from the topic's `better`. `needsWhen` verdicts count only in a sentence with a time
 * comparison (`when` entries), since "decreased ROM" alone is an exam finding, not a change.
 * Unticked checkbox options (`unchecked` entries: "[ ] worse") are blanked first, so a form line
 * "Function: [ ] improved [X] same" reads as "Function: [X] same". A symptom named in the topic's
 * clause makes it the symptom's verdict ("pain with standing improved").
 */
export function createVerdictFinder(entries: readonly FicEntry[], symptom: RegExp) {
  const verdicts = createMatcher(entries.filter((e) => e.kind === 'verdict'));
  const whens = createMatcher(entries.filter((e) => e.kind === 'when'));
  const unchecked = createMatcher(entries.filter((e) => e.kind === 'unchecked'));

  function directionOf(v: Match<FicEntry>, t: Match<FicEntry>): Comparison['direction'] | null {
    if (t.entry.verdicts === 'none' || !t.entry.dimension) return null;
    if (v.entry.direction) return v.entry.direction;
    if (!v.entry.moves || !t.entry.better || t.entry.verdicts !== 'all') return null;
    return (v.entry.moves === 'up') === (t.entry.better === 'higher') ? 'improved' : 'worsened';
  }

  return (ad: AnalyzedDocument, topics: Match<FicEntry>[]): (Comparison & { topic: number })[] => {
    const text = unchecked.findAll(ad.text).reduce((t, u) => t.slice(0, u.start) + ' '.repeat(u.end - u.start) + t.slice(u.end), ad.text);
    const found = verdicts.findAll(text);
    if (!found.length) return [];
    const timed = new Set(whens.findAll(text).map((w) => ad.sentenceAt(w.start)?.start));
    const out: (Comparison & { topic: number })[] = [];
    for (const v of found) {
      const sentence = ad.sentenceAt(v.start);
      // A verdict inside a topic's own words ("carrying is still limited to") is the topic's.
      if (topics.some((x) => x.start < v.end && v.start < x.end)) continue;
      if (!sentence || (v.entry.needsWhen && !timed.has(sentence.start))) continue;
      const ctx = ad.contextOf(v.start, v.end);
      if (ctx.hypothetical || ctx.documentationGap || ctx.negated) continue;
      const t = v.entry.after
        ? topics.filter((x) => x.start >= v.end && x.end <= sentence.end && LEAD_LINK.test(text.slice(v.end, x.start))).sort((a, b) => a.start - b.start)[0]
        : topics.filter((x) => x.end <= v.start && x.start >= sentence.start && LINK.test(text.slice(x.end, v.start))).sort((a, b) => b.end - a.end)[0];
      const direction = t ? directionOf(v, t) : null;
      if (!t || !direction || !t.entry.dimension || aboutSymptom(text, sentence.start, t, v)) continue;
      out.push({ dimension: t.entry.dimension, direction, start: Math.min(t.start, v.start), end: Math.max(t.end, v.end), ruleId: v.entry.id, topic: t.start, fixed: true });
    }
    return out;
  };

  /** A symptom in the topic's clause, from up to 30 characters before it to the verdict. */
  function aboutSymptom(text: string, sentenceStart: number, t: Match<FicEntry>, v: Match<FicEntry>): boolean {
    const from = Math.max(sentenceStart, t.start - 30);
    const lead = text.slice(from, t.start);
    const cut = Math.max(...[...lead.matchAll(CLAUSE_BREAK)].map((b) => (b.index ?? 0) + b[0].length), 0);
    return symptom.test(text.slice(from + cut, Math.max(t.end, v.end)));
  }
}

// Where a clause before a topic ends: punctuation, or "and"/"but" between words.
const CLAUSE_BREAK = /[,;:(]|\s(?:and|but)\s/giu;
