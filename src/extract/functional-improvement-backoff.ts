import { z } from 'zod';
import type { FactContext } from '../core/context.ts';
import { FiDirection } from '../core/fact.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import type { Candidate } from './extractor.ts';
import { createTopicFinder, FibEntry, type Topic } from './functional-improvement-backoff-topics.ts';
import { comparable, createValueReader, order } from './functional-improvement-values.ts';
import { hasAgent } from './functional-improvement-agents.ts';
import { createTaskClassifier } from './functional-improvement-task-class.ts';
import { withPlaceholders } from './pattern-placeholders.ts';
import { bounded, type Clause, clauseIndex, clausesOf } from './functional-improvement-backoff-clauses.ts';
import { directionOf, effectiveBetter } from './functional-improvement-backoff-direction.ts';

type Direction = z.infer<typeof FiDirection>;
type Cue = Match<FibEntry>;

/**
 * The clause-level back-off of functional improvement (issue #3: unseen phrasings). In a clause
 * where the extractor found no evidence, a function topic (`functional-improvement-backoff-topics`)
 * and a change cue of the `functional-improvement-backoff` lexicon beside it are evidence of the
 * topic's dimension; the cue and the topic's `better` give the direction ("fewer pain pills" is a
 * gain, "more help with bathing" a loss), two values compared ("45 min today vs 15 at intake") give
 * it by their order. Nothing is read from a clause with a plan, goal, advice or condition
 * (`block`), from a hypothetical, possible or family context, from plan or family-history
 * sections, nor over a symptom, sleep or mood said between topic and cue (pain-only change is not
 * function). A move on an objective measure ("decreased ROM") or a side-to-side "vs" counts only
 * with a time anchor in the sentence (an exam value is no change). An enabling cue ("lets her",
 * "with Norco she can") counts only with a drug or treatment as its agent (`hasAgent`), and a
 * gain-only cue (a last "now") says nothing beside a limit or need. Each fact carries its cue's id.
 * Returns the added candidates only.
 */
export function createFunctionalImprovementBackoff(lexiconDir?: string) {
  const entries = loadLexicon('functional-improvement-backoff', withPlaceholders(FibEntry), lexiconDir).entries;
  // Enabling cues ("I can", "lets her") stand apart, so their longer words do not hide a cue inside them.
  const of = (kind: FibEntry['kind']) => createMatcher(entries.filter((e) => e.kind === kind && !e.agent));
  const enablers = createMatcher(entries.filter((e) => e.kind === 'cue' && e.agent));
  const [cues, connectors, whens, burdens, symptoms, blocks, agents] = (['cue', 'connector', 'when', 'burden', 'symptom', 'block', 'agent'] as const).map(of);
  const topicsIn = createTopicFinder(lexiconDir);
  const { valuesIn } = createValueReader(lexiconDir);
  const { isAdlTask, isTimedTask } = createTaskClassifier(lexiconDir);

  // `underGap`: whether an offset stands after a record-absence statement of the phrase lexicon
  // ("Nor do the reports indicate that ...").
  return (ad: AnalyzedDocument, found: readonly Candidate[], underGap: (offset: number) => boolean = () => false): Candidate[] => {
    const text = ad.text;
    // A connector that opens on a clause break ("whereas in June") joins the clauses it compares.
    const connectorSpans = connectors.findAll(text);
    const clauses = clausesOf(ad, connectorSpans);
    const at = (offset: number) => clauseIndex(clauses, offset);
    const fi = found.filter((c) => c.type === 'functional_improvement');
    const stated = new Set(fi.map((c) => at(c.start)));
    // A documentation gap runs over its sentence's list ("no documentation of functional benefit as a
    // reduction in work restrictions; an increase in activity tolerance"): none where the sentence has evidence.
    const statedSentence = new Set(fi.map((c) => clauses[at(c.start)]?.sentence));
    const byClause = <T extends { start: number; end: number }>(ms: T[]) => {
      const out = new Map<number, T[]>();
      for (const m of ms) {
        if (!bounded(text, m.start, m.end)) continue;
        const i = at(m.start);
        if (i < 0 || stated.has(i)) continue;
        out.set(i, [...(out.get(i) ?? []), m]);
      }
      return out;
    };
    const cueAt = byClause([...cues.findAll(text), ...enablers.findAll(text)]);
    const connectorAt = byClause(connectorSpans);
    if (!cueAt.size && !connectorAt.size) return [];
    const topicAt = byClause(topicsIn(text));
    const blocked = byClause(blocks.findAll(text));
    const symptomAt = byClause(symptoms.findAll(text));
    // A need said absent is none ("dresses without assistance now").
    const burdenAt = byClause(burdens.findAll(text).filter((b) => !FREED.test(text.slice(Math.max(0, b.start - 25), b.start))));
    const agentAt = byClause(agents.findAll(text));
    const timed = new Set(whens.findAll(text).filter((w) => bounded(text, w.start, w.end)).map((w) => clauses[at(w.start)]?.sentence));

    const out: Candidate[] = [];
    const seen = new Set<string>();
    const emit = (i: number, t: Topic, direction: Direction, start: number, end: number, ruleId: string) => {
      const dimension = dimensionOf(t);
      const key = `${i}|${dimension}|${direction}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ type: 'functional_improvement', value: { dimension, direction }, start, end, ruleId });
    };
    const dimensionOf = (t: Topic) => {
      if (t.dimension === 'activity_tolerance' && isAdlTask(text, t.start, t.end)) return 'adl' as const;
      if (t.dimension === 'adl' && isTimedTask(text, t.start, t.end)) return 'activity_tolerance' as const;
      return t.dimension;
    };

    for (const [i, ts] of topicAt) {
      const clause = clauses[i];
      // An enabling cue's own words are no condition ("without them she would be unable to cook").
      const enabling = (cueAt.get(i) ?? []).filter((c) => c.entry.agent);
      const blocks = (blocked.get(i) ?? []).filter((b) => !enabling.some((c) => c.start <= b.start && b.end <= c.end));
      if (blocks.length || SKIP_SECTIONS.has(ad.sentenceAt(clause.start)?.section?.category ?? '')) continue;
      const syms = symptomAt.get(i) ?? [];
      const bur = burdenAt.get(i) ?? [];
      // A symptom between two offsets (a topic's own words aside: "pain medication").
      const symptomBetween = (a: number, b: number) => syms.some((s) => s.start >= a && s.end <= b && !ts.some((t) => t.start <= s.start && s.end <= t.end));
      const burdenIn = (a: number, b: number) => bur.some((x) => x.start >= a && x.end <= b);
      // A burden said of the earlier state ("can now drive 45 min, previously unable") is no loss now.
      const currentBurdenIn = (a: number, b: number) => bur.some((x) => x.start >= a && x.end <= b && !earlierState(text, clause, x));
      const isTimed = timed.has(clause.sentence);
      // A relative doing the worker's task ("her sister still does her shopping") is no family history.
      const relativeDoes = bur.some((x) => x.entry.id === RELATIVE_DOES);
      const limitAfter = (from: number, to: number) => {
        const reason = REASON.exec(text.slice(from, to));
        if (!reason) return true;
        const at0 = from + reason.index;
        return bur.some((x) => x.start >= at0 && x.end <= to) || syms.some((x) => x.start >= at0 && x.end <= to);
      };
      // Drugs and treatments of the clause that may make a task possible.
      const clauseAgents = [...(agentAt.get(i) ?? []), ...ts.filter((t) => t.kind === 'use' && t.dimension === 'medication_use')];
      for (const cue of cueAt.get(i) ?? []) {
        if (UNTICKED.test(text.slice(Math.max(clause.start, cue.start - 6), cue.start))) continue;
        if (cue.entry.agent && !hasAgent(text, clause.start, cue, clauseAgents)) continue;
        // A held object alone is no task for a verdict or a last "now" ("the baby improved", "the child
        // began vomiting again"); "can now lift her son" takes the verb.
        const t = topicFor(text, cue, cue.entry.gainOnly || VERDICTS.has(cue.entry.effect ?? '') ? ts.filter((x) => x.id !== HELD_OBJECTS) : ts);
        if (!t) continue;
        const [a, b] = [Math.min(t.start, cue.start), Math.max(t.end, cue.end)];
        if (symptomBetween(Math.max(clause.start, a - 20), b)) continue;
        const ctx = ad.contextOf(cue.start, cue.end);
        const clauseText = text.slice(clause.start, clause.end);
        if ((ctx.hypothetical && !doubtOnly(ctx, clauseText) && !refusalOnly(ctx, clauseText)) || ctx.possible || (ctx.family && !relativeDoes)) continue;
        // A need given up is said between the cue and its topic ("no longer needs help with"); one after
        // the topic is the reason ("stopped driving as she cannot turn her head").
        const around = [Math.max(clause.start, a - 25), Math.min(clause.end, b + 25)] as const;
        // A task a drug makes possible is a gain, whatever need it names ("without it she cannot dress").
        const burden = cue.entry.agent ? false : cue.entry.effect === 'stopped' ? burdenIn(cue.end, t.start)
          : CHANGE_EFFECTS.has(cue.entry.effect ?? '') ? currentBurdenIn(...around) : burdenIn(...around);
        const direction = directionOf(cue, t, {
          gap: ctx.documentationGap || underGap(cue.start),
          // A need denied ("without help now") is no denial of the gain a last "now" states.
          negated: cue.entry.agent !== 'without' && negatedBefore(ad, ctx, cue, clause, cue.entry.gainOnly ? NEED_DENIAL : undefined),
          enabled: cue.entry.agent !== undefined,
          burden,
          timed: isTimed,
          record: RECORD_PASSIVE.test(text.slice(clause.start, clause.end)),
          amount: USE_AMOUNT.test(t.id === 'fi-backoff.topic.medication' ? text.slice(t.start, t.end + 12) : text.slice(t.end, t.end + 12)),
        });
        if (!direction || (direction === 'absent_documentation' && statedSentence.has(clause.sentence))) continue;
        // A use or an activity given up for a reason that is no limit ("because he moved away") is no loss.
        if (cue.entry.effect === 'stopped' && direction === 'worsened' && !limitAfter(t.end, clause.end)) continue;
        emit(i, t, direction, a, b, cue.entry.id);
      }
      for (const c of connectorAt.get(i) ?? []) {
        if (c.entry.needsWhen && !isTimed) continue;
        // The nearest topic before the connector, else the first one after it; a held object with no
        // value of its own between a tolerance and its comparison is passed over ("walk a mile with
        // her kids, compared with a few blocks").
        const pairs = (x: Topic) => compareAround(text, clause, x, c, valuesIn) !== null;
        const near = ts.filter((x) => x.end <= c.start && c.start - x.end <= NEAR).reverse();
        const t = near.find((x) => x.id !== HELD_OBJECTS || pairs(x)) ?? ts.find((x) => x.start >= c.end && x.start - c.end <= AFTER);
        // An overall score ("functioning 50, was 20") is a rating scale, not a measure of a dimension.
        if (!t || !t.moves || t.dimension === 'general') continue;
        const [a, b] = [Math.min(t.start, c.start), Math.max(t.end, c.end)];
        if (symptomBetween(Math.max(clause.start, a - 20), b)) continue;
        const ctx = ad.contextOf(c.start, c.end);
        if (ctx.hypothetical || ctx.possible || ctx.family || ctx.documentationGap) continue;
        const sign = compareAround(text, clause, t, c, valuesIn);
        if (sign === null) continue;
        // A limit with its number is the measure itself ("limited to 10 minutes now, whereas in June 30").
        const better = effectiveBetter(t, bur.some((x) => x.start >= clause.start && x.end <= clause.end && !earlierState(text, clause, x) && !LIMIT_TO.test(text.slice(x.end, x.end + 30))));
        const direction: Direction = sign === 0 ? 'not_improved' : (sign > 0) === (better === 'higher') ? 'improved' : 'worsened';
        emit(i, t, direction, a, Math.min(clause.end, c.end + 30), c.entry.id);
      }
    }
    // `general` is the fallback: a clause that names a dimension with the same direction needs no general twin.
    const specific = new Set(out.map((c) => (c.type === 'functional_improvement' && c.value.dimension !== 'general' ? `${at(c.start)}|${c.value.direction}` : '')));
    return out.filter((c) => !(c.type === 'functional_improvement' && c.value.dimension === 'general' && specific.has(`${at(c.start)}|${c.value.direction}`)));
  };
}

// Sections whose statements are plans or other people's.
const SKIP_SECTIONS = new Set(['plan', 'family_history']);
// How far (characters) a topic may stand before a cue ("ADLs, walking and chores are all easier")
// and after one ("resumed light yard work").
const NEAR = 60;
const AFTER = 40;
// What may not stand between a topic and its cue: another clause's punctuation (a comma only
// between a move and its topic: "more active, walking").
const HARD_BREAK = /[;:()[\]]|\.\s/u;
const SOFT_BREAK = /[,;:()[\]]|\.\s/u;

/**
 * The topic a cue speaks of, the nearest one on its side within reach. A verdict or a move and its
 * topic may have only linking words between them (`BEFORE_LINK`, `AFTER_LINK`: "walking has gotten
 * much better", "improvement in her walking"), so "worse with sitting" (an aggravating factor) and
 * "Norco and reported improvement in" are no pair; the other cues take a short phrase ("no longer
 * takes tramadol").
 */
function topicFor(text: string, cue: Cue, ts: Topic[]): Topic | null {
  const effect = cue.entry.effect;
  const linked = effect === 'improved' || effect === 'worsened' || effect === 'same' || effect === 'up' || effect === 'down' || effect === 'change';
  const gap = (a: number, b: number) => blankTopics(text, a, b, ts);
  const before = cue.entry.side === 'after' || (effect === 'change' && cue.entry.side !== 'before') ? undefined
    : ts.filter((t) => t.end <= cue.start && cue.start - t.end <= NEAR).filter((t) => LABEL_LINK.test(gap(t.end, cue.start)) || (linked ? BEFORE_LINK.test(gap(t.end, cue.start)) : !HARD_BREAK.test(gap(t.end, cue.start)))).pop();
  const after = cue.entry.side === 'before' ? undefined
    : ts.find((t) => t.start >= cue.end && t.start - cue.end <= AFTER && (linked ? AFTER_LINK.test(gap(cue.end, t.start)) : !SOFT_BREAK.test(gap(cue.end, t.start))));
  const prefersAfter = effect === 'now' || effect === 'stopped' || effect === 'still';
  if (before && after) {
    if (prefersAfter) return after;
    return after.start - cue.end < cue.start - before.end ? after : before;
  }
  return before ?? after ?? null;
}

// A form line's label and its answer ("Driving: [ ] Improved [X] No change", "Overhead reaching
// (cabinet, shelf): no change"): a parenthesis, the colon, unticked options, then the ticked box.
const LABEL_LINK = /^[^\S\n]*(?:\([^()\n]{0,40}\)[^\S\n]*)?:[^\S\n]*(?:(?:\[[^\S\n]*\]|☐)[^\S\n]*[A-Za-z][A-Za-z ]{0,20}?[^\S\n]*)*(?:\[[^\S\n]*[xX✓✔][^\S\n]*\]|☒|☑)?[^\S\n]*$/u;
// An unticked option just before a cue ("[ ] Improved"): not the answer.
const UNTICKED = /(?:\[[^\S\n]*\]|☐)[^\S\n]*$/u;

/** The text between two offsets with the topics inside blanked ("walking and sitting tolerance ... improved"). */
function blankTopics(text: string, a: number, b: number, ts: Topic[]): string {
  let out = text.slice(a, b);
  for (const t of ts) if (t.start >= a && t.end <= b) out = out.slice(0, t.start - a) + ' '.repeat(t.end - t.start) + out.slice(t.end - a);
  return out;
}

// Words that may stand between a topic and the verdict or move after it: being, degree, time,
// the topic's own measure words, its values and a list of topics.
const BEFORE_LINK = /^(?:\s|,|&|\/|~|-|\+|%|\d+(?:\.\d+)?|(?:and|or|is|are|was|were|has|have|had|not|never|been|about|approximately|around|only|half|an?|up\s+to|be|being|getting|gotten|got|become|became|becoming|much|somewhat|slightly|a\s+lot|a\s+little|a\s+bit|all|also|both|overall|markedly|significantly|noticeably|considerably|substantially|dramatically|greatly|mildly|modestly|far|even|now|still|remains?|remained|continues?\s+to|continued\s+to|seems?|seemed|appears?|appeared|to\s+be|his|her|their|the|for|tolerance|ability|abilities|level|distance|time|use|usage|intake|consumption|capacity|minutes?|mins?|hours?|hrs?|blocks?|miles?|feet|ft|lbs?|pounds?|kg|degrees?|deg|score|scores?|a\s+day|per\s+day|daily|generally|somewhat|really|definitely|clearly|as|if\s+any|described\s+as|rated\s+as|'|"|‘|’|“|”)(?![A-Za-z]))*$/iu;
// Words that may stand between a verdict or move and the topic after it ("improved ADLs",
// "improvement in her walking", "more difficulty with stairs", "fewer pain pills").
const AFTER_LINK = /^(?:\s|,|&|\/|from\s+(?:his|her|their)\s+[A-Za-z]+|(?:in|of|his|her|their|the|overall|general|daily|and|all|both|self|(?:difficulty|difficulties|trouble|problems?|help|assistance|dependence|reliance)(?:\s+(?:with|for|in|on))?|able\s+to|ability\s+to|use\s+of|frequency\s+of|need\s+for|needs?|needing|requires?|requiring|takes?|taking|uses?|using)(?![A-Za-z]))*$/iu;


// A clause about what the record holds ("no improvements in ADLs were described"): a denied gain
// there is absent documentation, not a finding of no improvement.
const RECORD_PASSIVE = /(?<![A-Za-z])(?:was|were|is|are|been|be)\s+(?:(?:clearly|specifically|objectively|ever)\s+)?(?:described|documented|noted|reported|recorded|mentioned|identified|demonstrated|specified|quantified|outlined|detailed)(?![A-Za-z])/iu;

// A drug's use itself, not its regimen ("his Norco use has not changed" is no less use).
const USE_AMOUNT = /^\S*(?:[^\S\n]+|\s*\S+\s+)(?:use|usage|intake|consumption)(?![A-Za-z])/iu;


// A limit followed by its amount ("limited to 10 minutes"): a value, not a need.
const LIMIT_TO = /^\s+to\s+(?:about\s+|approximately\s+|only\s+|~\s*)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|an?\s)/iu;

// A need denied just before its word ("without help", "with no assistance", "needs no help").
const FREED = /(?<![A-Za-z])(?:without|w\/o|with\s+(?:no|little|minimal)|needs?\s+no|needing\s+no)\s+(?:(?:any|much|the|my|his|her|their)\s+)?(?:[\w-]+(?:'s|s')\s+)?$/iu;

/**
 * A hypothetical that is only a reviewer's doubt ("which ADLs, if any, have improved"): every
 * hypothetical trigger is an "if" and each "if" of the clause is "if any".
 */
function doubtOnly(ctx: FactContext, clause: string): boolean {
  return ctx.triggers.every((x) => x.category !== 'hypothetical' || /^if$/iu.test(x.text))
    && IF_ANY.test(clause) && !OTHER_IF.test(clause);
}
/**
 * A hypothetical that is only a refusal ("still will not ride the bus"): every hypothetical trigger
 * is "will" or "would", and each of them in the clause is denied. A refusal is a present limit.
 */
function refusalOnly(ctx: FactContext, clause: string): boolean {
  return ctx.triggers.every((x) => x.category !== 'hypothetical' || /^(?:will|would)$/iu.test(x.text))
    && REFUSAL.test(clause) && !OTHER_WILL.test(clause);
}
const REFUSAL = /(?<![A-Za-z])(?:will|would)\s*(?:not|n't)(?![A-Za-z])/iu;
const OTHER_WILL = /(?<![A-Za-z])(?:will|would)(?![A-Za-z])(?!\s*(?:not|n't)(?![A-Za-z]))/iu;
const IF_ANY = /(?<![A-Za-z])if,?\s+any(?![A-Za-z])/iu;
const OTHER_IF = /(?<![A-Za-z])if(?![A-Za-z])(?!,?\s+any(?![A-Za-z]))/iu;


/**
 * A negation of the cue: a negated trigger inside its clause, before the cue and not in its own
 * words ("has not improved" is a `same` cue of its own), within a few words of it.
 */
function negatedBefore(ad: AnalyzedDocument, ctx: FactContext, cue: Cue, clause: Clause, ignore?: RegExp): boolean {
  if (!ctx.negated) return false;
  const from = ad.toOriginal(clause.start, clause.start).start;
  const own = ad.toOriginal(cue.start, cue.end);
  return ctx.triggers.some((x) => x.category === 'negated' && x.start >= from && x.end <= own.start && own.start - x.end <= NEGATION_REACH && !ignore?.test(x.text));
}
// Negations that deny a need, not a gain ("without help").
const NEED_DENIAL = /^(?:without|w\/o)$/iu;
const NEGATION_REACH = 25;

/**
 * The sign of now minus earlier for two values a connector compares, or null when it has no pair:
 * "now-first" compares the value before it with the one after ("45 min vs 15"), "was-first" the
 * other way ("14 kg -> 21 kg"); "from X to Y" holds both after it. Values of two different sides are
 * no change ("R 40 vs L 20").
 */
function compareAround(
  text: string, clause: Clause, t: Topic, c: Cue,
  valuesIn: (span: string) => ReturnType<ReturnType<typeof createValueReader>['valuesIn']>,
): number | null {
  const leftFrom = t.end <= c.start ? t.end : Math.max(clause.start, c.start - NEAR);
  // A topic may hold its own value ("can walk 10 minutes, whereas in June ..."): read it when nothing follows.
  const after = valuesIn(text.slice(leftFrom, c.start));
  // A topic inside its value ("3 tablets daily, up from one at bedtime"): the value read across it,
  // not the schedule word left after it.
  const leadFrom = Math.max(clause.start, t.start - VALUE_LEAD);
  const across = t.end <= c.start ? valuesIn(text.slice(leadFrom, c.start)) : [];
  const lastAcross = across[across.length - 1];
  const spans = lastAcross !== undefined && NUMBER_BEFORE.test(text.slice(leadFrom + lastAcross.start, t.start));
  const left = spans ? across : after.length || t.end > c.start ? after : valuesIn(text.slice(t.start, c.start));
  const rightText = text.slice(c.end, Math.min(clause.end, c.end + 50));
  // A span of dates ("from 1-1-2012 to 7-22-2014") is no value.
  if (DATE_AHEAD.test(rightText)) return null;
  let now; let was;
  if (/^from$/iu.test(c.text)) {
    const parts = /^(.*?)\s(?:down\s+|up\s+)?to\s(.*)$/isu.exec(rightText);
    if (!parts) return null;
    was = valuesIn(parts[1])[0];
    now = valuesIn(parts[2])[0];
    // "from six to four tablets": the unit said after the second number is the first's too.
    if (was && now && was.kind === 'num' && now.kind !== 'num') was = { ...was, kind: now.kind, factor: now.factor };
  } else {
    const [near, far] = [left[left.length - 1], valuesIn(rightText)[0]];
    [now, was] = c.entry.order === 'was-first' ? [far, near] : [near, far];
  }
  if (!now || !was || !comparable(now, was)) return null;
  if (now.side && was.side && now.side !== was.side) return null;
  return order(now, was);
}

// How far (characters) before its topic a value holding the topic may start ("3 tablets daily").
const VALUE_LEAD = 12;
// Only a number stands between such a value's start and its topic ("3 tablets").
const NUMBER_BEFORE = /^~?\s*\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?\s+$/u;
const RELATIVE_DOES = 'fi-backoff.burden.relative-does';
const HELD_OBJECTS = 'fi-task.adl.objects';
const VERDICTS = new Set(['improved', 'worsened', 'same']);
// Cues of a change from an earlier state: a burden of that earlier state does not turn them around.
const CHANGE_EFFECTS = new Set(['now', 'up', 'down']);
// An earlier time just before a burden ("previously unable", "was limited") or after it in its
// clause ("limited to household distances at initial eval").
const EARLIER_LEAD = /(?<![A-Za-z])(?:previously|formerly|initially|originally|before|used\s+to(?:\s+be)?|had\s+been|was|were)\s+(?:(?:he|she|they|the\s+patient|pt|still|very|quite)\s+)?$/iu;
// ("needs help with bathing, which she did not at intake" is a need now; "can go to the pharmacy by
// himself now, which he avoided in the spring" is a gain).
const EARLIER_TAIL = /^(?:(?!(?<![A-Za-z])(?:not|never|no|without)(?![A-Za-z])|n't)[^.;\n]){0,50}?(?<![A-Za-z])(?:(?:at|on|during)\s+(?:the\s+)?(?:initial|first|intake|IE|baseline|admission|start)(?![A-Za-z])|previously|before\s+(?:the\s+)?(?:injection|surgery|treatment|therapy|PT|program)|(?:in|during|over|through|last)\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])|(?:weeks?|months?)\s+ago(?![A-Za-z]))/iu;

/** Whether a burden word describes the earlier state its clause compares with. */
function earlierState(text: string, clause: Clause, x: { start: number; end: number }): boolean {
  return EARLIER_LEAD.test(text.slice(Math.max(clause.start, x.start - 30), x.start))
    || EARLIER_TAIL.test(text.slice(x.end, clause.end));
}

// A reason given for a change ("stopped going to the gym because he moved away").
const REASON = /(?<![A-Za-z])(?:because|due\s+to|b\/c|as\s+(?:he|she|they)|since\s+(?:he|she|they))(?![A-Za-z])/iu;
const DATE_AHEAD = /^\s*(?:\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|(?:19|20)\d\d(?!\d))/u;



