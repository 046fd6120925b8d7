import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { comparedDirection, evidenceOf, FiEntry } from './functional-improvement-direction.ts';
import { loadMedicationLexicons } from './medications-lexicon.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/**
 * Functional improvement evidence (MTUS 9792.20: reduced work restrictions, increased activity
 * tolerance, reduced medication use, ADL gains, objective measures). Statements come from the
 * `functional-improvement` lexicon; their context (documentation gap, negation) turns a gain into
 * absent documentation or no improvement (see `evidenceOf`). One piece of evidence per dimension
 * and direction per sentence, and no `general` one beside a specific one of the same direction;
 * the export computes the status from the evidence. Entries about a drug ("reduced her Norco
 * from four to two tablets") check their `drug` group against the medications lexicon and the
 * entry's drug classes, so neither "reduced her pain from 8 to 4" nor a blood-pressure drug's
 * dose change is a change in (pain) medication use. A `void` entry cancels the evidence
 * of its dimension in its sentence ("returned to work the next day" is before any treatment).
 */
export const createFunctionalImprovementExtractor: ExtractorFactory = (options) => {
  const lexicon = loadLexicon('functional-improvement', withPlaceholders(FiEntry), options.lexiconDir);
  const matcher = createMatcher(lexicon.entries.filter((e) => e.polarity !== 'void'));
  const voids = createMatcher(lexicon.entries.filter((e) => e.polarity === 'void'));
  const drugs = createMatcher(loadMedicationLexicons(options.lexiconDir).drugs);
  const namesDrug = (m: Match<FiEntry>) => m.entry.drugClasses.length === 0 || m.groups.drug === undefined
    || drugs.findAll(m.groups.drug).some((d) => m.entry.drugClasses.includes(d.entry.drugClass));

  return {
    id: 'functional-improvement',
    produces: ['functional_improvement'],
    extract(ad: AnalyzedDocument) {
      const voided = new Set(voids.findAll(ad.text).map((v) => `${ad.sentenceAt(v.start)?.start}|${v.entry.dimension}`));
      const out: Candidate[] = [];
      const seen = new Set<string>();
      for (const m of matcher.findAll(ad.text)) {
        const sentence = ad.sentenceAt(m.start);
        if (!sentence || !namesDrug(m)) continue;
        const stated = evidenceOf(m.entry, ad.contextOf(m.start, m.end), sentence.text);
        const compared = stated?.direction === m.entry.direction ? comparedDirection(m.entry, m.groups) : null;
        const value = stated && compared ? { ...stated, direction: compared } : stated;
        if (!value || voided.has(`${sentence.start}|${value.dimension}`)) continue;
        const key = `${sentence.start}|${value.dimension}|${value.direction}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ type: 'functional_improvement', value, start: m.start, end: m.end, ruleId: m.entry.id });
      }
      // `general` is the fallback: a sentence that names the dimension needs no general twin.
      const specific = new Set(out.map((c) => c.type === 'functional_improvement' && c.value.dimension !== 'general' ? `${ad.sentenceAt(c.start)?.start}|${c.value.direction}` : ''));
      return out.filter((c) => !(c.type === 'functional_improvement' && c.value.dimension === 'general' && specific.has(`${ad.sentenceAt(c.start)?.start}|${c.value.direction}`)));
    },
  };
};
