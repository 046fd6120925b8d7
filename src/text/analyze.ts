import { contextFromTriggers, type ContextTrigger, type FactContext } from '../core/context.ts';
import type { SourceDocument } from '../core/document.ts';
import { createContextEngine, type TriggerMatch } from './context.ts';
import { normalizeText, toOriginalRange, type NormalizedText } from './normalize.ts';
import { createSectionizer, sectionAt, type Section } from './sections.ts';
import { createSentenceSplitter } from './sentences.ts';

export interface AnalyzedSentence {
  /** Range in the normalised text. */
  start: number;
  end: number;
  text: string;
  section: Section | null;
  triggers: TriggerMatch[];
}

/**
 * A document after the text stages: normalised text (with its offset map), sections, sentences
 * and their context triggers. Offsets here are normalised; `toOriginal` maps them back.
 */
export interface AnalyzedDocument {
  doc: SourceDocument;
  norm: NormalizedText;
  text: string;
  sections: Section[];
  sentences: AnalyzedSentence[];
  /** The sentence holding a normalised offset. */
  sentenceAt(offset: number): AnalyzedSentence | null;
  /** ConText decision for a target [start, end) of the normalised text, triggers in original offsets. */
  contextOf(start: number, end: number): FactContext;
  toOriginal(start: number, end: number): { start: number; end: number };
}

/** Builds the text stages once (lexicons loaded, matchers compiled) and returns the analyser. */
export function createAnalyzer(options: { lexiconDir?: string } = {}) {
  const split = createSentenceSplitter(options.lexiconDir);
  const findSections = createSectionizer(options.lexiconDir);
  const context = createContextEngine(options.lexiconDir);

  return function analyze(doc: SourceDocument): AnalyzedDocument {
    const norm = normalizeText(doc.text);
    const text = norm.text;
    const sections = findSections(text);
    const sentences: AnalyzedSentence[] = split(text).map((r) => {
      const s = text.slice(r.start, r.end);
      return { ...r, text: s, section: sectionAt(sections, r.start), triggers: context.triggersIn(s) };
    });
    const starts = sentences.map((s) => s.start);
    const sentenceAt = (offset: number): AnalyzedSentence | null => {
      let lo = 0;
      let hi = starts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found >= 0 && offset < sentences[found].end ? sentences[found] : null;
    };
    const toOriginal = (start: number, end: number) => toOriginalRange(norm, start, end);
    const contextOf = (start: number, end: number): FactContext => {
      const s = sentenceAt(start);
      if (!s) return contextFromTriggers([]);
      const decisions = context.modifiers(s.text, s.triggers, start - s.start, end - s.start);
      const triggers: ContextTrigger[] = decisions.map((d) => {
        const o = toOriginal(s.start + d.trigger.start, s.start + d.trigger.end);
        return { category: d.category, text: d.trigger.text, start: o.start, end: o.end, ruleId: d.trigger.entry.id };
      });
      return contextFromTriggers(triggers);
    };
    return { doc, norm, text, sections, sentences, sentenceAt, contextOf, toOriginal };
  };
}
export type Analyzer = ReturnType<typeof createAnalyzer>;
