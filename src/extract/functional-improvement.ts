import { contextFromTriggers, type FactContext } from '../core/context.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, sharedMatcher, type Match } from '../text/matcher.ts';
import { parseNumber } from '../text/numbers.ts';
import type { Candidate, ExtractorFactory } from './extractor.ts';
import { createFunctionalImprovementBackoff } from './functional-improvement-backoff.ts';
import { belowMcid, createComparisonFinder } from './functional-improvement-compare.ts';
import { comparedDirection, deniedOfRecord, evidenceOf, FiEntry } from './functional-improvement-direction.ts';
import { createGoalReader } from './functional-improvement-goals.ts';
import { createAbsentListReader } from './functional-improvement-lists.ts';
import { createFiModelReader } from './functional-improvement-model.ts';
import { createTaskClassifier } from './functional-improvement-task-class.ts';
import { createWorkOrderReader } from './functional-improvement-work-orders.ts';
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
 * dose change is a change in (pain) medication use; an amount with its drug left out (`drugBefore`:
 * "back up to 3 a day") takes the drug said before it, and a drug pattern whose drug is none hides
 * no other statement. A denial said of the record ("no change in activity tolerance was reported")
 * is absent documentation. A `void` entry cancels the evidence
 * of its dimension in its sentence ("returned to work the next day" is before any treatment). A `gap`
 * entry ("the records failed to demonstrate") puts the rest of its sentence under a documentation
 * gap, so a list of gains after it is absent documentation. An activity-tolerance statement about a
 * daily task with no measure is ADL, and an ADL statement with a duration or a work setting is activity
 * tolerance (`functional-improvement-tasks`). A bare template phrase ("Improved
 * function.") is no evidence beside a stated absence or failure in the same document. A reviewer's
 * list of absent gains is absent documentation of each dimension it names (`functional-improvement-lists`),
 * and a goal listed with its outcome is a gain or its lack (`functional-improvement-goals`). An
 * off-work order is no improvement only beside an earlier off-work status (`functional-improvement-work-orders`).
 * Last, a learned sentence reader adds a dimension no rule found in its sentence (`functional-improvement-model`).
 */
export const createFunctionalImprovementExtractor: ExtractorFactory = (options) => {
  const lexicon = loadLexicon('functional-improvement', withPlaceholders(FiEntry), options.lexiconDir);
  const matcher = createMatcher(lexicon.entries.filter((e) => e.polarity !== 'void' && e.polarity !== 'gap'));
  const entryOrder = new Map(lexicon.entries.map((e, i) => [e, i]));
  const voids = createMatcher(lexicon.entries.filter((e) => e.polarity === 'void'));
  const gaps = createMatcher(lexicon.entries.filter((e) => e.polarity === 'gap'));
  const drugs = sharedMatcher(loadMedicationLexicons(options.lexiconDir).drugs);
  const comparisons = createComparisonFinder(options.lexiconDir);
  const backoff = createFunctionalImprovementBackoff(options.lexiconDir);
  const absentLists = createAbsentListReader(options.lexiconDir);
  const goals = createGoalReader(options.lexiconDir);
  const workOrders = createWorkOrderReader(options.lexiconDir);
  const { isAdlTask, isTimedTask } = createTaskClassifier(options.lexiconDir);
  const learned = options.learned === false ? () => [] : createFiModelReader(options.lexiconDir);
  // A change of a scored instrument under its minimal important difference is no change ("GAD-7: 15 (previously 16)").
  const withinMcid = (d: ReturnType<typeof comparedDirection>, m: Match<FiEntry>) => {
    const topic = d && d !== 'not_improved' && m.entry.dimension === 'objective_measure' ? comparisons.mcidIn(m.text) : undefined;
    const [now, before] = [parseNumber(m.groups.now ?? ''), parseNumber(m.groups.before ?? '')];
    return topic && now !== null && before !== null && belowMcid(topic, now - before) ? 'not_improved' : d;
  };
  const isEntryDrug = (m: Match<FiEntry>, text: string) => drugs.findAll(text).some((d) => m.entry.drugClasses.includes(d.entry.drugClass) || m.entry.drugIds.includes(d.entry.id));
  // A pronoun for the drug ("but resumed it"), or an amount said without one (`drugBefore`), names
  // the drug said before it in its sentence.
  const drugBefore = (ad: AnalyzedDocument, m: Match<FiEntry>) => isEntryDrug(m, ad.text.slice(ad.sentenceAt(m.start)?.start ?? m.start, m.start));
  const namesDrug = (ad: AnalyzedDocument, m: Match<FiEntry>) => m.entry.drugClasses.length === 0
    || (m.groups.drug === undefined ? !m.entry.drugBefore || drugBefore(ad, m)
      : PRONOUN.test(m.groups.drug) ? drugBefore(ad, m) : isEntryDrug(m, m.groups.drug));

  return {
    id: 'functional-improvement',
    produces: ['functional_improvement'],
    extract(ad: AnalyzedDocument) {
      const voided = new Set(voids.findAll(ad.text).map((v) => `${ad.sentenceAt(v.start)?.start}|${v.entry.dimension}`));
      // Where each sentence's first record-absence statement ends.
      const gapFrom = new Map<number | undefined, number>();
      for (const g of gaps.findAll(ad.text)) {
        const at = ad.sentenceAt(g.start)?.start;
        if (!gapFrom.has(at) || g.end < (gapFrom.get(at) ?? 0)) gapFrom.set(at, g.end);
      }
      const out: Candidate[] = [];
      const seen = new Set<string>();
      // A drug pattern whose drug is none ("strength decreased from 5/5") hides no other statement.
      const found = longestFirst(matcher.findAll(ad.text, { overlaps: true }).filter((m) => namesDrug(ad, m)), entryOrder);
      // A list of absent gains that names function itself ("no documentation of decreased medication
      // use or increased function") is about functional improvement too.
      const aboutConcept = new Set(found.filter((m) => m.entry.dimension === 'general'
        && (m.entry.polarity === 'concept' || (m.entry.polarity === 'gain' && ad.contextOf(m.start, m.end).documentationGap)))
        .map((m) => ad.sentenceAt(m.start)?.start));
      for (const m of found) {
        const sentence = ad.sentenceAt(m.start);
        if (!sentence) continue;
        const ctx = measuredContext(ad, m, eventContext(ad, m, ad.contextOf(m.start, m.end)));
        // An event is under a gap only in the gap's own clause (see eventContext).
        const gapEnd = gapFrom.get(sentence.start) ?? Infinity;
        const underGap = m.start >= gapEnd && (m.entry.onNegated !== 'drop' || gapEnd >= clauseOf(ad, m.start));
        const said = evidenceOf(m.entry, underGap ? { ...ctx, documentationGap: true } : ctx, sentence.text);
        // "No change in activity tolerance was reported": a denial said of the record is an absence.
        const stated = said?.direction === 'not_improved' && deniedOfRecord(ad.text.slice(m.end, sentence.end)) ? { ...said, direction: 'absent_documentation' as const } : said;
        const compared = stated?.direction === m.entry.direction ? withinMcid(comparedDirection(m.entry, m.groups), m) : null;
        const raw = stated && compared ? { ...stated, direction: compared } : stated;
        // An absence named in a dimension keeps it, unless the sentence is about functional
        // improvement itself ("no functional improvement such as reduced medication use").
        const named = raw?.direction === 'absent_documentation' && m.entry.dimension !== 'general' && !aboutConcept.has(sentence.start)
          ? { ...raw, dimension: m.entry.dimension } : raw;
        // A tolerance verb with a daily task and no measure is an ADL statement ("still unable to drive").
        // A daily task with a duration or at work is a tolerance ("able to do yard work 30 min").
        const value = named?.dimension === 'activity_tolerance' && named.direction !== 'absent_documentation' && isAdlTask(ad.text, m.start, m.end)
          ? { ...named, dimension: 'adl' as const }
          : named?.dimension === 'adl' && m.entry.dimension === 'adl' && named.direction !== 'absent_documentation' && isTimedTask(ad.text, m.start, m.end)
            ? { ...named, dimension: 'activity_tolerance' as const } : named;
        if (!value || voided.has(`${sentence.start}|${value.dimension}`)) continue;
        const key = `${sentence.start}|${value.dimension}|${value.direction}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ type: 'functional_improvement', value, start: m.start, end: m.end, ruleId: m.entry.id });
      }
      // Comparisons over time ("grip 50 lb; prior visit 31 lb") add what the phrasings missed:
      // only a dimension the sentence has no evidence of yet, and not over a phrasing's own span.
      const stated = new Set(out.map((c) => `${ad.sentenceAt(c.start)?.start}|${c.type === 'functional_improvement' ? c.value.dimension : ''}`));
      const spans = out.map((c) => [c.start, c.end]);
      for (const c of comparisons(ad, drugs.findAll(ad.text))) {
        const key = `${ad.sentenceAt(c.start)?.start}|${c.dimension}`;
        // "She is able to drive 20 min, unchanged": a stated sameness about the phrasing's own topic
        // turns a capacity read as a gain into no improvement.
        const capacity = c.fixed && c.direction !== 'improved'
          ? out.findIndex((o) => o.type === 'functional_improvement' && o.value.dimension === c.dimension && o.value.direction === 'improved' && o.start <= c.start && c.start < o.end)
          : -1;
        if (capacity >= 0) {
          const o = out[capacity];
          if (o.type === 'functional_improvement') out[capacity] = { ...o, value: { ...o.value, direction: c.direction }, end: Math.max(o.end, c.end), ruleId: c.ruleId };
          continue;
        }
        if (stated.has(key) || spans.some(([s, e]) => s < c.end && c.start < e)) continue;
        stated.add(key);
        out.push({ type: 'functional_improvement', value: { dimension: c.dimension, direction: c.direction }, start: c.start, end: c.end, ruleId: c.ruleId });
      }
      // `general` is the fallback: a clause that names the dimension needs no general twin (but
      // "Function unchanged - still unable to stand" states both).
      const specific = new Set(out.map((c) => c.type === 'functional_improvement' && c.value.dimension !== 'general' ? `${clauseOf(ad, c.start)}|${c.value.direction}` : ''));
      const kept = out.filter((c) => !(c.type === 'functional_improvement' && c.value.dimension === 'general' && specific.has(`${clauseOf(ad, c.start)}|${c.value.direction}`)));
      const against = kept.some((c) => c.type === 'functional_improvement' && c.value.direction !== 'improved');
      const result = against ? kept.filter((c) => !isBareGeneralGain(ad, c)) : kept;
      // Clauses the phrasings left without evidence: a topic and a change cue (see the back-off).
      const all = [...result, ...backoff(ad, kept, (o) => o >= (gapFrom.get(ad.sentenceAt(o)?.start) ?? Infinity))];
      // A reviewer's list of absent gains is absent documentation of each dimension it names.
      const listed = [...all, ...absentLists(ad, all)];
      // Treatment goals listed with an outcome ("Goal: lift 20 lb - met").
      const withGoals = [...listed, ...goals(ad, listed)];
      // An off-work order that continues an earlier off-work status ("Remain off work through 03/31").
      const ruled = [...withGoals, ...workOrders(ad, withGoals)];
      // The learned sentence reader adds what every phrasing missed (see functional-improvement-model).
      return [...ruled, ...learned(ad, ruled)];
    },
  };
};

/**
 * An event ("he returned to work") is a clause of its own: a documentation gap stated in an
 * earlier clause ("There is no documentation of functional improvement; he returned to work")
 * does not reach it. Only entries whose negation drops them (events) are read this way, since a
 * reviewer's list of absent gains runs on after a semicolon.
 */
function eventContext(ad: AnalyzedDocument, m: Match<FiEntry>, ctx: FactContext): FactContext {
  if (m.entry.onNegated !== 'drop' || !ctx.documentationGap) return ctx;
  const from = ad.toOriginal(clauseOf(ad, m.start), clauseOf(ad, m.start)).start;
  return contextFromTriggers(ctx.triggers.filter((t) => t.category !== 'documentation_gap' || t.start >= from));
}

/**
 * A statement that carries both its values ("could now walk for 40 minutes, compared with 10")
 * takes its direction from them: a negation said before it ("denied new symptoms and could now
 * walk ...", "without her cane she could walk ...") is about something else. One inside its span
 * ("could not walk 40 minutes, compared with 10") still counts.
 */
function measuredContext(ad: AnalyzedDocument, m: Match<FiEntry>, ctx: FactContext): FactContext {
  if (!ctx.negated || !m.entry.compare || m.groups.now === undefined || m.groups.before === undefined) return ctx;
  const from = ad.toOriginal(m.start, m.end).start;
  return contextFromTriggers(ctx.triggers.filter((t) => t.category !== 'negated' || t.start >= from));
}

/**
 * A general gain that is its sentence's only content, after a form label if any (a template line:
 * "Improved function.", "Response to treatment: Improved function.").
 */
function isBareGeneralGain(ad: AnalyzedDocument, c: Candidate): boolean {
  if (c.type !== 'functional_improvement' || c.value.dimension !== 'general' || c.value.direction !== 'improved') return false;
  const sentence = ad.sentenceAt(c.start);
  if (!sentence) return false;
  const rest = ad.text.slice(sentence.start, c.start).replace(FORM_LABEL, '') + ' ' + ad.text.slice(c.end, sentence.end);
  return (rest.match(/[A-Za-z]+/gu) ?? []).length === 0;
}

/**
 * The matcher's own overlap rule, applied after a filter: a longer match wins over any it overlaps,
 * an earlier entry wins a tie; returned in text order.
 */
function longestFirst<E>(ms: Match<E & FiEntry>[], order: Map<unknown, number>): Match<E & FiEntry>[] {
  const ranked = [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || (order.get(a.entry) ?? 0) - (order.get(b.entry) ?? 0) || a.start - b.start);
  const kept: Match<E & FiEntry>[] = [];
  for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

const PRONOUN = /^(?:it|them)$/iu;

// A short form label before a template line ("Response to treatment:").
const FORM_LABEL = /^[^:.;]{0,40}:\s*$/u;

// A dash between spaces or a semicolon ends a clause inside a sentence (a colon only heads one), and
// so does "and" or "but" before a new subject ("..., and the worker has returned to modified duty").
const CLAUSE_BREAK = /\s[-–—]+\s|;|,?\s(?:and|but)\s(?=(?:he|she|they|the\s+(?:patient|worker|claimant|applicant|employee|injured\s+worker))\s)/giu;

/** Where the clause holding an offset starts (a clause break inside its sentence, else the sentence start). */
function clauseOf(ad: AnalyzedDocument, offset: number): number {
  const sentence = ad.sentenceAt(offset);
  if (!sentence) return offset;
  let start = sentence.start;
  for (const b of ad.text.slice(sentence.start, offset).matchAll(CLAUSE_BREAK)) start = sentence.start + (b.index ?? 0) + b[0].length;
  return start;
}
