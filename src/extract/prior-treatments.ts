import type { AnalyzedDocument } from '../text/analyze.ts';
import type { ExtractorFactory } from './extractor.ts';
import { dedupePriorTreatments, visitNumber, type PriorCandidate } from './prior-treatments-dedupe.ts';
import { createInjectionSite } from './injection-site.ts';
import { createModalityFinder } from './modality.ts';
import { createAnotherCourseFinder, createCountFinder } from './prior-treatments-count.ts';
import { createNoteTherapyReader, createOwnCourseCount, ownMention } from './prior-treatments-own.ts';
import { createProgramCount } from './prior-treatments-program.ts';
import { createRefusalReader } from './prior-treatments-refusal.ts';
import { fieldLabelBefore } from './prior-treatments-fields.ts';
import { inTopicTitle } from './prior-treatments-sections.ts';
import { namedWithin, pairedSelfCare } from './prior-treatments-items.ts';
import { createSentenceScope } from './prior-treatments-scope.ts';
import { createDrugFinder } from './request-drugs.ts';
import { createTermIndex } from './request-terms.ts';

/** Candidates already read per document (and lexicon folder); the stage is pure, so they can be shared. */
const READ = new WeakMap<AnalyzedDocument, Map<string, PriorCandidate[]>>();

/** Modalities counted in items, not sessions: "one crutch", "Norco #60" are not courses of care. */
const ITEM_COUNTED = new Set(['bracing_dme', 'medication']);

/** A dose written before the drug ("2 mL of 1% lidocaine"): the grammar of an administration. */
const DOSE_OF = /(?<![\w.])\d+(?:\.\d+)?\s*(?:mg|mcg|ml|cc|units?|%)\s+of\s+(?:\d+(?:\.\d+)?\s*%\s+)?$/iu;

// Between a drug's name and its dosage form only its strength: "diclofenac 1% gel", "ibuprofen 800 mg tablets".
const STRENGTH_ONLY = /^(?:\s|\d|[.,%/-]|mg|mcg|gm?|ml|percent)*$/iu;

/**
 * True when a dosage-form word ("gel", "cream", "tablets") is the end of a named drug's name ("Voltaren
 * gel", "lidocaine 5% cream"): the drug is the treatment, or the medication list's item, not the form.
 */
function formOfNamedDrug(m: { start: number; end: number; entry: { weak: boolean }; modality: string }, named: { start: number; end: number }[], sentence: string): boolean {
  return m.modality === 'medication' && m.entry.weak &&
    named.some((d) => (d.start < m.end && m.start < d.end) || (d.end <= m.start && STRENGTH_ONLY.test(sentence.slice(d.end, m.start))));
}

/**
 * True when a drug or drug class is named as one the worker avoids or cannot take, in the same
 * clause: "intolerance to NSAIDs", "NSAIDs avoided due to allergy", "NSAIDs were not tolerated".
 */
function notTolerated(cues: { start: number; end: number }[], sentence: string, start: number, end: number): boolean {
  return cues.some((c) => {
    const between = c.end <= start ? sentence.slice(c.end, start) : c.start >= end ? sentence.slice(end, c.start) : null;
    // "Celebrex, which he could not tolerate": a relative clause still speaks of the drug.
    return between !== null && between.length <= 40 && (!/[,;:.]/.test(between) || /^,\s*(?:which|that)(?:\s+[a-z]+){0,2}\s*$/iu.test(between));
  });
}

/**
 * True when a generic word is the tail of a second name joined to a mention by a slash ("CBT/trauma-focused
 * therapy: 10 sessions"): it names the same treatment, so it does not take the count from it.
 */
function slashJoined(m: { end: number }, o: { start: number; entry: { weak: boolean } }, sentence: string): boolean {
  return o.entry.weak && /^\s*\/\s*(?:[A-Za-z][A-Za-z-]*\s+)?$/u.test(sentence.slice(m.end, o.start));
}

/**
 * Prior treatments: every modality the record says the worker has received, one candidate per
 * mention (treatment-to-date lists are split into their items), with the count stated next to it
 * ("12 previous acupuncture treatments", "PT x 8", "at least five (5) sessions"). Plans and
 * requests are left out by the sentence scope; negated, hypothetical and documentation-gap
 * mentions are still emitted, so the decision stage can see "number of visits not documented",
 * and the export drops them by their context.
 */
export const createPriorTreatmentsExtractor: ExtractorFactory = (options) => {
  const modalities = createModalityFinder(options.lexiconDir);
  const terms = createTermIndex(options.lexiconDir);
  const findCount = createCountFinder(terms);
  const findAnother = createAnotherCourseFinder(terms);
  const programCount = createProgramCount(terms);
  const unitAfter = new RegExp(`^\\s*(?:${terms.unitSource})(?![A-Za-z])`, 'iu');
  const scopeOf = createSentenceScope(terms, options.lexiconDir);
  const drugs = createDrugFinder(options.lexiconDir);
  const siteOf = createInjectionSite(terms);
  const notReceived = createRefusalReader(terms);
  const noteTherapyOf = createNoteTherapyReader(modalities, options.lexiconDir);
  const ownCount = createOwnCourseCount(terms);
  // "PT: x 12", "Prior treatment:": a label that still names care keeps the list going.
  const isTreatmentLabel = (l: string) => modalities.find(l).length > 0 || terms.find(l, 'list-intro').length > 0 || terms.find(l, 'received').length > 0;
  const key = options.lexiconDir ?? '';
  return {
    id: 'prior-treatments',
    produces: ['prior_treatment'],
    extract(ad) {
      // The evidence readers need the same mentions (`evidence-prior-care.ts`): reading a
      // document once per lexicon set serves both.
      const cached = READ.get(ad)?.get(key);
      if (cached) return cached;
      const out: PriorCandidate[] = [];
      let specificSeen = false;
      let fieldEnded: unknown = null;
      let lastSpecific: { m: ReturnType<typeof modalities.find>[number]; at: number } | null = null;
      for (const [i, s] of ad.sentences.entries()) {
        const named = drugs.find(s.text);
        const mentions = modalities.find(s.text).filter((m) => !formOfNamedDrug(m, named, s.text));
        const scope = scopeOf(s.text, s.section);
        // In a treatment-to-date section, a form's next field ("Work: modified duty") ends the list.
        const inList = s.section?.category === 'treatment_to_date';
        const label = inList && fieldEnded !== s.section ? fieldLabelBefore(ad, s.start, s.end, isTreatmentLabel) : -1;
        const outOfList = inList ? scopeOf(s.text, { category: 'other', header: s.section!.header }) : scope;
        const scopeFor = (at: number) => (fieldEnded === s.section || (label >= 0 && s.start + at > label) ? outOfList : scope);
        if (label >= 0) fieldEnded = s.section;
        // A program's own report counts days attended, not visits ("Completed 20 days of 30 authorized").
        // So does the program the note named just before ("Functional restoration program. Completed: 4 of 6 weeks.").
        const recent = lastSpecific && i - lastSpecific.at <= 5 ? lastSpecific.m.modality : null;
        const ownDays = !mentions.length && modalities.countedInDays(noteTherapyOf(ad) ?? recent ?? 'other');
        const visit = mentions.length ? null : visitNumber(s.text) ?? ownCount(s.text, ownDays);
        // "Acupuncture progress note ... Treatment #6 of 6", "Visits: 14 attended since IE": a count
        // that names no treatment counts the note's own therapy (its title's), else the one it last named.
        const own = visit ? noteTherapyOf(ad) : null;
        const counted = own ?? recent;
        if (visit && counted) {
          const at = ownMention(counted, visit.start, visit.end, s.text);
          if (scope.received(at, [at])) {
            out.push({ type: 'prior_treatment', value: { modality: counted, count: visit.count, countQualifier: 'exact' }, start: s.start + visit.start, end: s.start + visit.end, ruleId: 'prior.visit-number' });
          }
        }
        const intolerance = terms.find(s.text, 'not-tolerated');
        const current = terms.find(s.text, 'current-use');
        for (const found of mentions) {
          const m = { ...found, modality: siteOf(s.text, found) };
          if (!scopeFor(found.start).received(found, mentions)) continue;
          // "ORTHOPAEDIC SURGERY", "SURGERY:" in capitals: a heading or a specialty, not an operation.
          if (m.entry.capsHeading && !/[a-z]/.test(m.text)) continue;
          if (m.entry.capsOnly && /[a-z]/.test(m.text)) continue;
          // "OCCUPATIONAL THERAPY / VOCATIONAL:": a title naming the section's topics, not care had; a
          // count in its body ("12 visits completed") still counts the treatment it names.
          if (inTopicTitle(s.section, s.start + m.start, modalities)) {
            if (!m.entry.weak) lastSpecific = { m, at: i };
            continue;
          }
          if (m.modality === 'medication' && notTolerated(intolerance, s.text, m.start, m.end)) continue;
          // Declined, an empty checkbox, a cane only rested on at the exam: named, but not care received.
          if (notReceived(s.text, m, { mention: m, inList: scope.listed(m), others: mentions, next: ad.sentences[i + 1]?.text })) continue;
          // "Treatment has included massage. He states that therapy has helped": outside a list, a
          // generic word refers back to the treatment already named, it is not a new one.
          if (m.entry.weak && specificSeen && !scope.listed(m)) continue;
          // "She had massage therapy, and the therapy helped": a generic word that a specific
          // treatment of the same sentence is named with refers to that treatment.
          if (m.entry.weak && namedWithin(m, mentions)) continue;
          if (!m.entry.weak) specificSeen = true;
          if (!m.entry.weak && !ITEM_COUNTED.has(m.modality)) lastSpecific = { m, at: i };
          // "Continue PT 2x4" in a plan: PT was received, but the count is of the course to come.
          // "PT/HEP: 12 visits": the visits are the therapy's, the home program's own row has none.
          const uncounted = ITEM_COUNTED.has(m.modality) || scope.continuedInPlan(m) || mentions.some((o) => pairedSelfCare(o, m, s.text));
          // A program counted in days or weeks ("functional restoration program 10 days") is read in its own unit.
          // "Physical therapy and home exercise program: 12 visits": the count after the pair is read past its home program.
          const countFrom = mentions.find((o) => pairedSelfCare(m, o, s.text))?.end ?? m.end;
          const found0 = uncounted ? null : findCount(s.text, m.start, countFrom, ad.sentences[i - 1]?.text) ?? (m.entry.dayCounted ? programCount(s.text, m.start, m.end) : null);
          // A count read after the mention belongs to it only if no other treatment is named between.
          // The same treatment named again in an aside ("OT (certified hand therapist) x 16") does not interrupt.
          // "MUA on 08-01-2023 and a total of 36 PT visits": a number right before another treatment's
          // name and unit counts that treatment.
          const othersOf = (to: number) => mentions.some((o) => o.modality !== m.modality && o.start >= m.end && !slashJoined(m, o, s.text) && !pairedSelfCare(m, o, s.text) &&
            (o.start < to || (to > m.end && /^\s+$/u.test(s.text.slice(to, o.start)) && unitAfter.test(s.text.slice(o.end)))));
          const stated = found0 && othersOf(found0.end) ? null : found0;
          out.push({
            type: 'prior_treatment',
            value: { modality: m.modality, count: stated?.count ?? null, countQualifier: stated?.qualifier ?? null },
            start: s.start + (stated?.start ?? m.start),
            end: s.start + (stated?.end ?? m.end),
            ruleId: m.entry.id,
          });
          // "2 surgeries and a total of 30 acupuncture sessions": a total after another treatment is that one's.
          if (stated?.total && !othersOf(stated.total.end)) {
            out.push({
              type: 'prior_treatment', value: { modality: m.modality, count: stated.total.count, countQualifier: stated.total.qualifier },
              start: s.start + stated.total.start, end: s.start + stated.total.end, ruleId: m.entry.id,
            });
          }
          // "... x 12 in 2017 and another 8 visits": a second course, unless another treatment comes first.
          const more = stated ? findAnother(s.text, stated.end) : null;
          if (more && !mentions.some((o) => o.start >= stated!.end && o.start < more.start)) {
            const again = { ...m, start: more.start, end: more.end };
            if (scope.received(again, mentions)) {
              out.push({
                type: 'prior_treatment', value: { modality: m.modality, count: more.count, countQualifier: more.qualifier },
                start: s.start + more.start, end: s.start + more.end, ruleId: m.entry.id,
              });
            }
          }
        }
        // A drug named in a treatment-to-date list is a medication treatment ("Treatment to date
        // has included Naprosyn"); drugs in medication lists are left to the medications extractor.
        for (const d of named) {
          // "completed PT and is taking duloxetine": a drug taken now is a medication (the annotators' convention).
          if (current.some((c) => c.end <= d.start && !/[;.]/.test(s.text.slice(c.end, d.start)) && d.start - c.end <= 40)) continue;
          if (!scope.admitsDrug(d.start, d.end) || mentions.some((m) => m.start < d.end && d.start < m.end)) continue;
          // "80 mg of Depo-Medrol was injected": a dose given during a procedure, not a drug treatment.
          if (DOSE_OF.test(s.text.slice(Math.max(0, d.start - 30), d.start))) continue;
          if (notTolerated(intolerance, s.text, d.start, d.end) || notReceived(s.text, d)) continue;
          out.push({
            type: 'prior_treatment', value: { modality: 'medication', count: null, countQualifier: null },
            start: s.start + d.start, end: s.start + d.end, ruleId: d.ruleId,
          });
        }
      }
      const read = dedupePriorTreatments(ad, out);
      READ.set(ad, (READ.get(ad) ?? new Map()).set(key, read));
      return read;
    },
  };
};
