import type { Candidate, ExtractorFactory } from './extractor.ts';
import { icd10For } from './diagnoses-icd.ts';
import { loadDiagnosisCues, type DiagnosisCues } from './diagnoses-lexicons.ts';
import { findCueLists, findSectionLists, hasProseWord } from './diagnoses-lists.ts';
import { createDrugItemTest } from './diagnoses-drugs.ts';
import { createNonDiagnosisTest } from './diagnoses-rejects.ts';
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
  const notDiagnosis = createNonDiagnosisTest(cues, options.lexiconDir);
  const drugItems = createDrugItemTest(options.lexiconDir);
  return {
    id: 'diagnoses',
    produces: ['diagnosis'],
    extract(ad) {
      const cueLists = findCueLists(ad, cues);
      // Section lists first: when a diagnosis is restated, the formal list's wording is kept.
      const lists = [...findSectionLists(ad, cues, cueLists), ...cueLists];
      const out: Candidate[] = [];
      const taken: [number, number][] = [];
      const seen = new Set<string>();
      // Keys of items of formal (section) lists: running text restating one more briefly is no new item.
      const formal = new Set<string>();
      const keep = (name: string, start: number, end: number, code: string | null, ruleId: string, narrative: boolean) => {
        if (taken.some(([s, e]) => start < e && s < end)) return;
        taken.push([start, end]);
        // The same diagnosis restated (impression repeating the history) is one fact, and so is a
        // shorter mention in running text of a formally listed one ("hypertension" after
        // "Essential hypertension, aggravated"): section lists come first, so their wording is kept.
        const key = sameKey(name, cues.words.restated);
        if (seen.has(key) || (narrative && restatesSeen(key, formal))) return;
        seen.add(key);
        if (!narrative) formal.add(key);
        out.push({ type: 'diagnosis', value: { name, icd10: code ?? icd10For(name, cues) }, start, end, ruleId });
      };
      // A record with its own diagnosis list names comorbidities in running text as history ("he
      // has a history of hypertension"), not as diagnoses (IMR labels; notes labels are mixed).
      const listed = lists.some((l) => !l.history && !l.visitReason && !l.mixed);
      for (const list of lists) {
        if (list.history && list.narrative && listed) continue;
        for (const item of splitDiagnosisList(ad.text, list.start, list.end, cues, !list.narrative)) {
          // "Melatonin OTC" in a history list is a medication line; "on levothyroxine" a regimen.
          if (drugItems.isDrug(ad.text.slice(item.start, item.end))) continue;
          item.end = item.start + drugItems.trimEnd(ad.text.slice(item.start, item.end));
          const written = ad.text.slice(item.start, item.end);
          const prev = out.at(-1);
          const name = list.narrative && prev && /^\s*,?\s*(?:and|&)\s*$/iu.test(ad.text.slice(prev.end, item.start))
            ? withSharedSite(written, ad.text.slice(prev.start, prev.end), cues) : written;
          // "a history of gout, asthma, he was arrested ...": running text goes on after the list.
          if (list.narrative && hasProseWord(name, cues)) break;
          // "Pain level of 5, previously 7 ...", "Nerve blocks x3 gave no benefit": the rest of the
          // line goes on about the rating or the treatment.
          const not = notDiagnosis(name);
          // A line naming only a treatment ("Synvisc-One injection L knee x1") is skipped; the list goes on.
          if (not === 'treatment_line') continue;
          if (not) break;
          if ((list.history || list.mixed) && cues.test('procedure', name)) continue;
          // "A: Relief short-lived; see function above.": an assessment line that names no condition.
          // A numbered item ("2. Pes planus, bilateral") is a list's, not narrative: it needs none.
          if (list.assessment && !list.numbered && !item.code && !namesCondition(name, cues)) continue;
          // "developed pain and swelling": a symptom, not a diagnosis.
          if (list.mixed && cues.match.symptom.findAll(name).length) continue;
          // "returns for follow-up of neck pain radiating to the arm": the complaint, a symptom.
          if (list.visitReason && cues.match.complaint.findAll(name).length) continue;
          // "seen for follow-up of low back and left leg pain": a visit for a symptom names no diagnosis.
          if (list.visitReason && onlySymptom(name, cues)) continue;
          keep(name, item.start, item.end, item.code, list.ruleId, list.narrative === true);
        }
      }
      // "He sustained a fractured tooth #19": an injury named in running text, outside any list.
      for (const m of cues.match.injury.findAll(ad.text)) keep(m.text, m.start, m.end, null, m.entry.id, true);
      return out.sort((a, b) => a.start - b.start);
    },
  };
};

/** Whether a phrase names a condition: a `condition` cue or a name of the ICD-10 lexicon in it. */
function namesCondition(name: string, cues: DiagnosisCues): boolean {
  return cues.match.condition.findAll(name).length > 0 || cues.icd.findAll(name).length > 0;
}

/** Whether a phrase names symptoms and sites only ("low back and leg pain"), no condition besides them. */
function onlySymptom(name: string, cues: DiagnosisCues): boolean {
  const symptoms = cues.match.symptom.findAll(name);
  if (!symptoms.length) return false;
  let rest = name;
  for (const m of symptoms) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  return !namesCondition(rest, cues);
}

/** A name's identity for spotting restatements: its words minus `restated` cues ("History of gout" = "gout"). */
function sameKey(name: string, ignore: Set<string>): string {
  const words = name.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  // Plurals restate too ("Seizures" / "seizure").
  const stem = (w: string) => (w.length > 4 ? w.replace(/s$/, '') : w);
  return [...new Set(words.filter((w) => !ignore.has(w)).map(stem))].sort().join(' ');
}

/** Whether every word of `key` is in one already-kept diagnosis's key (a shorter restatement). */
function restatesSeen(key: string, seen: Set<string>): boolean {
  const words = key.split(' ').filter(Boolean);
  if (!words.length) return false;
  return [...seen].some((k) => {
    const kept = new Set(k.split(' '));
    return words.every((w) => kept.has(w));
  });
}

/**
 * "right knee meniscus tear and osteoarthritis": a lone condition word after "and" shares the site
 * that opens the item before it (its leading side and anatomy words, up to the last body part).
 */
function withSharedSite(name: string, before: string, cues: DiagnosisCues): string {
  if (!cues.words.site_shared.has(name.toLowerCase().trim())) return name;
  const words = before.split(/\s+/u);
  const fragment = (w: string) => cues.words.fragment.has(w.toLowerCase()) || cues.test('fragment', w.toLowerCase()) !== null;
  let n = 0;
  while (n < words.length - 1 && fragment(words[n])) n++;
  // Trailing side words ("medial") describe the structure, not the site.
  while (n > 0 && cues.test('fragment', words[n - 1].toLowerCase())?.id === 'dx.fragment.side') n--;
  return n >= 2 ? `${words.slice(0, n).join(' ')} ${name}` : name;
}
