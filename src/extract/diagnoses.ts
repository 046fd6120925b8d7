import type { Candidate, ExtractorFactory } from './extractor.ts';
import { icd10For } from './diagnoses-icd.ts';
import { loadDiagnosisCues } from './diagnoses-lexicons.ts';
import { findCueLists, findSectionLists } from './diagnoses-lists.ts';
import { splitDiagnosisList } from './diagnoses-split.ts';

/**
 * Diagnoses: the items of diagnosis lists, named as written. Lists come from cues in running
 * text ("being treated for", "diagnoses include", "diagnosed with") and from the bodies of
 * diagnosis and past-history sections. The code is the one stated with the item, else the
 * curated ICD-10-CM lexicon's when the name matches an entry confidently, else null. Whether a
 * diagnosis counts (negated, possible, family) is decided centrally from its context.
 */
export const createDiagnosesExtractor: ExtractorFactory = (options) => {
  const cues = loadDiagnosisCues(options.lexiconDir);
  return {
    id: 'diagnoses',
    produces: ['diagnosis'],
    extract(ad) {
      const cueLists = findCueLists(ad, cues);
      const lists = [...cueLists, ...findSectionLists(ad, cues, cueLists)];
      const out: Candidate[] = [];
      const taken: [number, number][] = [];
      for (const list of lists) {
        for (const item of splitDiagnosisList(ad.text, list.start, list.end, cues)) {
          const name = ad.text.slice(item.start, item.end);
          if (list.history && cues.test('procedure', name)) continue;
          if (taken.some(([s, e]) => item.start < e && s < item.end)) continue;
          taken.push([item.start, item.end]);
          const value = { name, icd10: item.code ?? icd10For(name, cues) };
          out.push({ type: 'diagnosis', value, start: item.start, end: item.end, ruleId: list.ruleId });
        }
      }
      return out;
    },
  };
};
