import { z } from 'zod';
import type { Modality } from '../core/modality.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher, sharedMatcher } from '../text/matcher.ts';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { loadMedicationLexicons } from './medications-lexicon.ts';
import { createModalityFinder, type ModalityMention } from './modality.ts';
import { createNotReliefTest } from './pain-relief-not-relief.ts';

/** `pipelines/lexicons/relief-terms.yaml`: relief words, pain-change words, and exclusions. */
export const ReliefTermEntry = entrySchema({ role: z.enum(['relief', 'pain-change', 'exclude', 'strength', 'medication-use', 'threshold']) });

// Grammar of percentages and durations; the vocabulary of relief is in the lexicon.
// A percentage in words ("eighty percent") is the last alternative, after the digit forms.
const PERCENT = new RegExp(String.raw`(?<![\d./])(?<lo>\d{1,3})\s*(?:%|percent)?\s*(?:-|–|to)\s*(?<hi>\d{1,3})\s*(?:%|percent)|(?<![\d./])(?<one>\d{1,3})\s*(?:%|percent)`
  + `|(?<![A-Za-z0-9])(?<word>${NUMBER_SOURCE})\\s+percent(?![A-Za-z])`, 'giu');
const DURATION = new RegExp(`^[^.;]{0,40}?(?:for|lasting|lasted|x)\\s+(?:about\\s+|approximately\\s+|up\\s+to\\s+)?(?<d>(?:several|a\\s+few|few|a\\s+couple\\s+of|${NUMBER_SOURCE})(?:\\s*(?:-|to)\\s*(?:${NUMBER_SOURCE}))?\\s+(?:hours?|days?|weeks?|months?|years?))`, 'iu');
/** How far (characters) a relief word may stand from the percentage, within the sentence. */
const WINDOW = 60;
const PAIN = /pain|symptoms?/iu;

/**
 * Pain relief: percentages of relief or improvement ("20% pain relief for several days",
 * "50-60% improvement", "relief of 70 percent", "70% better", "reduced pain by 50%"), with the
 * duration stated after them and the modality they are attributed to (the treatment named
 * nearest in the sentence, else in the sentence before). Percentages of something else (range
 * of motion, impairment, "75% of his pain is in the leg") are left out.
 */
export const createPainReliefExtractor: ExtractorFactory = (options) => {
  const terms = loadLexicon('relief-terms', ReliefTermEntry, options.lexiconDir).entries;
  const relief = createMatcher(terms.filter((e) => e.role === 'relief'));
  const change = createMatcher(terms.filter((e) => e.role === 'pain-change'));
  const exclude = createMatcher(terms.filter((e) => e.role === 'exclude'));
  const modalities = createModalityFinder(options.lexiconDir);
  const notRelief = createNotReliefTest({
    strength: createMatcher(terms.filter((e) => e.role === 'strength')),
    drugs: sharedMatcher(loadMedicationLexicons(options.lexiconDir).drugs),
    medicationUse: createMatcher(terms.filter((e) => e.role === 'medication-use')),
    change,
    threshold: createMatcher(terms.filter((e) => e.role === 'threshold')),
  });

  const nearest = (ms: ModalityMention[], at: number): Modality | null => {
    const strong = ms.filter((m) => !m.entry.weak);
    const pool = strong.length ? strong : ms;
    if (!pool.length) return null;
    return pool.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a)).modality;
  };

  return {
    id: 'pain-relief',
    produces: ['pain_relief'],
    extract(ad) {
      const out: Candidate[] = [];
      ad.sentences.forEach((s, i) => {
        for (const p of s.text.matchAll(PERCENT)) {
          const g = p.groups ?? {};
          const one = g.word ? parseNumber(g.word) : g.one;
          const lo = Number(g.lo ?? one);
          const hi = Number(g.hi ?? one);
          if (!(lo >= 0 && hi <= 100 && lo <= hi)) continue;
          const from = Math.max(0, p.index - WINDOW);
          const to = Math.min(s.text.length, p.index + p[0].length + WINDOW);
          const around = s.text.slice(from, to);
          if (exclude.findAll(around).length) continue;
          if (notRelief(s.text, p.index, p.index + p[0].length)) continue;
          const cue = relief.findAll(around)[0] ?? (PAIN.test(around) ? change.findAll(around)[0] : undefined);
          if (!cue) continue;
          const dur = DURATION.exec(s.text.slice(p.index + p[0].length));
          const cueStart = from + cue.start;
          const cueEnd = from + cue.end;
          const start = Math.min(p.index, cueStart);
          let end = Math.max(p.index + p[0].length, cueEnd);
          if (dur?.groups) end = Math.max(end, p.index + p[0].length + dur[0].length);
          const here = modalities.find(s.text);
          const before = i > 0 ? ad.sentences[i - 1] : null;
          const attributedTo = nearest(here, p.index) ?? (before ? nearest(modalities.find(before.text), before.text.length) : null);
          out.push({
            type: 'pain_relief',
            value: { percentLow: lo, percentHigh: hi, duration: dur?.groups?.d.replace(/\s+/g, ' ') ?? null, attributedTo },
            start: s.start + start,
            end: s.start + end,
            ruleId: cue.entry.id,
          });
        }
      });
      return out;
    },
  };
};
