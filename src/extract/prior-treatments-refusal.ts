import type { ModalityMention } from './modality.ts';
import type { TermIndex } from './request-terms.ts';

/** A span of a sentence: a treatment mention or a drug name. */
interface Span {
  start: number;
  end: number;
}

/** What the reader may know about a mention besides its sentence. */
export interface RefusalOptions {
  /** The modality mention itself (drugs have none). */
  mention?: ModalityMention;
  /** True inside a treatment list, where a cane is equipment received. */
  inList?: boolean;
  /** The other mentions of the sentence ("in past: No Synvisc"). */
  others?: Span[];
  /** The next sentence's text, which holds the answer when the label ends its own ("INJECTIONS:, None."). */
  next?: string;
}

// "declined an epidural", "refused a trial of Synvisc": only determiners and a few words between.
// A preposition after the cue makes it a decline of something else: "function declined after surgery".
const CUE_BEFORE = /^\s+(?!(?:after|since|following|with|from|during|post|in|over|despite|by|because)\s)(?:(?:an?|the|any|further|more|another|additional|to\s+(?:have|undergo|try|proceed\s+with|start)|a\s+trial\s+of|with)\s+)*(?:[\w-]+\s+){0,3}$/iu;
// "Synvisc was offered but she declined", "ESI - declined", "injections: refused".
const CUE_AFTER = /^\s*(?:[:-]\s*)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:[a-z]+\s+){0,2}?(?:,?\s*(?:but|and)\s+)?(?:(?:he|she|they|the\s+patient|patient|pt)\s+)?$/iu;
// "Acupuncture: [ ]", "[ ] Acupuncture": a template box left unchecked.
const BOX_AFTER = /^\s*:?\s*\[[^\]]{0,3}\]/u;
const BOX_BEFORE = /\[[^\]]{0,3}\]\s*$/u;
// A template label answered in the negative: "Acupuncture: none", "Injections in past: n/a", "Surgery: no.",
// "ESWT - none to date", "Chiro: 0 visits".
const LABEL_NO = /^[\w\s/-]{0,25}?(?::|\s[-–—])\s*,?\s*(?:none|never|n\/a|denies|not\s+done|no(?=\s*(?:[,.;/]|$))|(?:0|zero)\s+(?:sessions?|visits?|treatments?)|0(?=\s*(?:[,.;]|$)))(?![a-z])/iu;
// "... in past: No Synvisc": a "no" that negates a treatment named right after it.
// A label that ends its sentence, answered by the next one: "KNEE INJECTIONS:" then "None." or "No Synvisc.".
const LABEL_END = /^[\w\s/-]{0,25}:?[\s,]*$/u;
const ANSWER_NO = /^[\s,]*(?:none|never|n\/a|denies|not\s+done|no)(?![a-z])/iu;
const LABEL_NO_NAMED = /^[\w\s/-]{0,25}:\s*,?\s*no\s+$/iu;

/**
 * Reads the words around a mention that say the worker did not receive it although no negation
 * trigger is there: a treatment the worker declined or refused, a template checkbox left empty,
 * a template label answered "none" or "No Synvisc", and a walking aid the worker only rests on
 * at the exam ("rests on his cane"), an exam finding (one he walks with is equipment in use). ConText handles "denies" and "no".
 */
export function createRefusalReader(terms: TermIndex) {
  return function notReceived(sentence: string, span: Span, opts: RefusalOptions = {}): boolean {
    const { mention: m, inList = false, others = [], next = '' } = opts;
    const rest = sentence.slice(span.end);
    if (LABEL_NO.test(rest) || (LABEL_END.test(rest) && ANSWER_NO.test(next)) || others.some((o) => o.start > span.end && LABEL_NO_NAMED.test(sentence.slice(span.end, o.start)))) return true;
    const box = BOX_BEFORE.exec(sentence.slice(Math.max(0, span.start - 8), span.start)) ?? BOX_AFTER.exec(sentence.slice(span.end, span.end + 8));
    // A box before the name is its own ("[x] A [ ] B"); only without one does a box after it count.
    if (box && /\[\s*\]/u.test(box[0])) return true;
    const declined = terms.find(sentence, 'declined').some((c) => {
      if (c.end <= span.start) {
        const between = sentence.slice(c.end, span.start);
        return between.length <= 40 && CUE_BEFORE.test(between);
      }
      if (c.start >= span.end) {
        const between = sentence.slice(span.end, c.start);
        return between.length <= 45 && CUE_AFTER.test(between);
      }
      return false;
    });
    if (declined) return true;
    if (m?.modality !== 'bracing_dme' || inList) return false;
    // A cane the worker walks with at the visit is equipment in use; one he only rests on is not.
    return terms.find(sentence, 'gait').length > 0;
  };
}
export type RefusalReader = ReturnType<typeof createRefusalReader>;
