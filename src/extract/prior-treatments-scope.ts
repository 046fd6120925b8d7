import { NUMBER_SOURCE } from '../text/numbers.ts';
import type { Section } from '../text/sections.ts';
import type { ModalityMention } from './modality.ts';
import { enumeratedWith, itemBounds } from './prior-treatments-items.ts';
import { createHeaderReader } from './prior-treatments-sections.ts';
import type { TermIndex } from './request-terms.ts';

/**
 * Inside a procedure note's procedure section, imaging (fluoroscopic guidance), positioning aids
 * and the operator's own examination are steps of the procedure, not separate treatments.
 */
const PROCEDURE_STEPS = new Set(['imaging', 'bracing_dme', 'consultation']);
/**
 * In the narrative of a procedure ("DESCRIPTION OF PROCEDURE", "INFORMED CONSENT") also the
 * dressing splint, the digital massage, the phaco ultrasound, the drugs the consent lists and the
 * instrument "manipulation": only injections, ablations and operations are treatments there.
 */
const NARRATIVE_STEPS = new Set([...PROCEDURE_STEPS, 'massage', 'other', 'chiropractic', 'heat_cold', 'medication', 'traction', 'lab_testing', 'electrical_stimulation']);
// Between "continue" and what is continued: possessives, articles and the site only ("continue
// with her HEP", "continue wearing the wrist brace"; the site is added in createSentenceScope).
// "Continue home TENS unit and HEP": one short item joined by "and" may come first. Not after a
// comma: in "continue medication, chiropractic and an MRI" only the first item is kept up.
const keptUpGap = (site: string) => new RegExp(`^\\s+(?:(?:his|her|their|the|a|an|with|daily|regular|current|all|home|${site})\\s+)*(?:[\\w/-]+(?:\\s+[\\w/-]+){0,2}\\s+(?:and|&)\\s+(?:(?:his|her|their|the|a|an|daily|regular|current|home)\\s+)*)?$`, 'iu');
// "Cont ice/heat, HEP per PT": care the worker does himself may be a later item of the continued list,
// with no plan word in between (checked apart).
const SELF_CARE_GAP = /^\s+[^.;:]{1,60},\s*(?:(?:and|&)\s+)?(?:(?:his|her|their|the|daily|home)\s+)*$/iu;
// "HEP reviewed", "HEP: chin tucks, doorway stretch - reviewed": the program, its items, then the word.
const REVIEWED_GAP = /^\s*(?::[^.;:]{0,60}?)?\s*(?:[-–:]\s*)?(?:(?:was|were|has\s+been|have\s+been|is)\s+)?$/iu;
const COURSE_SIZE = new RegExp(`(?<![\\w/.-])${NUMBER_SOURCE}\\s+(?:out\\s+)?of\\s+(?:the\\s+|a\\s+total\\s+of\\s+)?${NUMBER_SOURCE}\\s+$`, 'iu');
// A medication field's label opening a field ("..., MEDS:", ". Current medications:") in running text.
const MED_FIELD = /(?:^|[\n.;,])\s*(?:(?:current|present|active)\s+)?(?:medications?|meds)\s*:/giu;
/** Sections whose treatment mentions are never care received (plans, allergies, relatives). */
const SKIPPED_SECTIONS = new Set(['plan', 'allergies', 'family_history', 'social_history', 'disputed_items']);

export interface SentenceScope {
  /** True when the mention is an item of a treatment list (a list opener before it, or a treatment-to-date section). */
  listed(m: ModalityMention): boolean;
  /** True when the mention at this offset names a treatment received, as far as the words show. */
  received(m: ModalityMention, all: ModalityMention[]): boolean;
  /**
   * True when a drug at this offset is named as treatment given: in a list opened before it, with
   * no plan cue before it. ("Naprosyn was prescribed" at a visit is left to the medications.)
   */
  admitsDrug(start: number, end: number): boolean;
  /**
   * True when the mention is care the worker keeps up ("continue HEP", "is performing his HEP") in
   * a plan: received, but a count stated with it is the plan's.
   */
  continuedInPlan(m: ModalityMention): boolean;
}

/**
 * Decides which modality mentions of a sentence are treatments the worker received. A
 * treatment-to-date list ("Treatment to date has included ...", a TREATMENT TO DATE section)
 * admits list-only words ("medications", "rest") and generic ones ("evaluations"); a plan or
 * request cue before a mention ("requested", "authorization", "plan of care") or right after it
 * ("physical therapy was requested") rules it out, unless a list starts between the cue and it.
 * Care the worker keeps up ("continue HEP", "is doing his home exercises") was received, even in a plan.
 * A section header can make the whole body a plan ("LONG-TERM GOALS") or a procedure narrative
 * (see `treatment-sections.yaml`). ConText (negation, hypothetical) is applied later, centrally.
 */
// "Twelve additional sessions of", "8 more PT": a number of further treatments, the shape of a request.
const MORE_OF = /(?<![A-Za-z])(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|eighteen|twenty|twenty-four)\s+(?:additional|more|further|extra)\s+(?:(?:sessions?|visits?|treatments?)\s+of\s+)?(?:[A-Za-z-]+\s+){0,2}$/iu;

// "She had 10 more sessions of PT": a plain past "had" (or "did", "got") in the clause says the
// further course took place; "has had" and the like are received words already.
const HAD_BEFORE = /(?<![A-Za-z])(?:had|did|got)\s(?![^;]*\b(?:request|recommend|authori[sz]|plan)\w*\s)[^;]*$/iu;

export function createSentenceScope(terms: TermIndex, lexiconDir?: string) {
  const headerRole = createHeaderReader(lexiconDir);
  const keptUpGapRe = keptUpGap(terms.descriptorSource);
  const descriptorsOnly = new RegExp(`^(?:\\s+(?:${terms.descriptorSource}))*\\s+$`, 'iu');
  // "ESWT x3 R elbow requested", "PT to the low back - pending": only a site between a treatment and a
  // later cue, in the shorthand of a PR-2 (no verb), so the cue is the treatment's predicate.
  const siteOnly = new RegExp(`^(?:\\s+(?:(?:to|for|of|at|on|in)\\s+)?(?:(?:the|his|her|their)\\s+)?(?:${terms.descriptorSource}|R|L|B|rt|lt|bil|bilat)\\.?(?![A-Za-z]))+\\s*(?:[-\u2013\u2014]+\\s*)?$`, 'iu');
  return function scopeOf(sentence: string, sec: Pick<Section, 'category' | 'header'> | null): SentenceScope {
    const section = sec?.category ?? null;
    const role = headerRole(sec?.header);
    const received = terms.find(sentence, 'received');
    const intros = [...terms.find(sentence, 'list-intro'), ...received];
    // "completed 4 of 8 authorized visits": the authorisation is the course's size, not a plan.
    // A plan word inside a statement of care received ("prior trial of") is no plan.
    const sectionList = section === 'treatment_to_date' || section === 'past_surgical_history';
    // "Treatment to date: PT, a trial of a TENS unit": in a list of care received, a trial was had.
    const listedTrial = (p: { start: number; entry: { receivedInList: boolean } }) => p.entry.receivedInList &&
      (sectionList || intros.some((t) => t.end <= p.start && !sentence.slice(t.end, p.start).includes(';')));
    const plans = terms.find(sentence, 'plan').filter((p) => !COURSE_SIZE.test(sentence.slice(Math.max(0, p.start - 40), p.start))
      && !received.some((r) => r.start <= p.start && p.end <= r.end && r.end - r.start > p.end - p.start) && !listedTrial(p));
    const given = terms.find(sentence, 'given');
    const today = terms.find(sentence, 'done-today');
    // "Counterforce strap dispensed today": given at this visit, so received even in a plan.
    const doneToday = (start: number, end: number) => today.some((t) => t.start >= end && t.start - end <= 40 && !/[,;]/.test(sentence.slice(end, t.start)));
    const planned = section === 'plan' || role === 'plan';
    const skipped = (section !== null && SKIPPED_SECTIONS.has(section)) || planned;
    // "a repeat MRI is requested; his last MRI was in 2019": the last one is a past one, even in a plan.
    const latest = planned || !skipped ? terms.find(sentence, 'latest') : [];
    const latestBefore = (m: ModalityMention) => !m.entry.listOnly && !m.entry.weak &&
      latest.some((l) => l.end <= m.start && descriptorsOnly.test(sentence.slice(l.end, m.start)));
    const givenAfter = (end: number) => given.some((g) => g.start >= end && functionWordsOnly(sentence.slice(end, g.start)));
    const openerBefore = (m: ModalityMention) => intros.some((t) => t.end <= m.start);
    // "Continue home exercises", "is performing his HEP daily": what the worker keeps doing was
    // received, even in a plan (not a drug, a list-only or a generic word, which need a list).
    const ongoing = terms.find(sentence, 'ongoing');
    const reviewed = terms.find(sentence, 'reviewed');
    const noPlanBetween = (from: number, to: number) => !plans.some((p) => p.start >= from && p.end <= to);
    const keptUp = (m: ModalityMention) => !m.entry.listOnly && !m.entry.weak &&
      (ongoing.some((o) => o.end <= m.start && (keptUpGapRe.test(sentence.slice(o.end, m.start)) ||
        (m.entry.selfCare && SELF_CARE_GAP.test(sentence.slice(o.end, m.start)) && noPlanBetween(o.end, m.start)))) ||
       (m.entry.selfCare && reviewed.some((r) => r.start >= m.end && REVIEWED_GAP.test(sentence.slice(m.end, r.start)))));
    const inPlan = (m: ModalityMention) => planned || plans.some((p) => p.end <= m.start);
    // "referred for 8 visits of PT, all of which she attended": a later clause says the course was had.
    const attended = terms.find(sentence, 'attended-after');
    const attendedAfter = (m: ModalityMention) => attended.some((a) => a.start >= m.end && a.start - m.end <= 60 && !/[;.]/u.test(sentence.slice(m.end, a.start)));
    return {
      listed: (m) => sectionList || openerBefore(m),
      admitsDrug(start, end) {
        // "Motrin 800 dispensed there": a drug handed out at a visit was given as treatment.
        if ((planned || !skipped) && doneToday(start, end)) return true;
        // A drug in the medication list is a medication, not a treatment (the annotators' convention).
        // "PAST TREATMENT: Diclofenac stopped 2025": an item of a treatment-to-date section is one too.
        // "Prior treatment: PT, chiro. MEDS: tramadol": a medication field's label opens a medication list.
        const medField = [...sentence.slice(0, start).matchAll(MED_FIELD)].at(-1);
        const listFrom = (at: number) => !medField || medField.index! < at;
        return !skipped && section !== 'medications' && !plans.some((p) => p.end <= start) && (section === 'treatment_to_date' ? !medField : intros.some((t) => t.end <= start && listFrom(t.start)));
      },
      continuedInPlan: (m) => keptUp(m) && inPlan(m),
      received(m, all) {
        if (latestBefore(m) && !(role === 'steps' || section === 'procedure')) return true;
        if (planned && doneToday(m.start, m.end)) return true;
        if (keptUp(m) && (!skipped || planned)) return true;
        if (skipped) return false;
        if (role === 'steps' ? NARRATIVE_STEPS.has(m.modality) : section === 'procedure' && PROCEDURE_STEPS.has(m.modality)) return false;
        // Words inside a list opener ("treatment and diagnostic testing to date has included").
        if (intros.some((t) => m.start >= t.start && m.end <= t.end)) return false;
        const opener = intros.filter((t) => t.end <= m.start).sort((a, b) => a.end - b.end).at(-1);
        // "Treatment: manipulation, EMS, hot packs": an item among named treatments is in a list too.
        const inList = sectionList || opener !== undefined || givenAfter(m.end) || (m.entry.amongTreatments && enumeratedWith(sentence, m, all));
        if ((m.entry.listOnly || m.entry.weak) && !inList) return false;
        if (m.entry.weak) {
          // A generic word yields to a specific treatment in the same list item.
          const item = itemBounds(sentence, m.start, m.end);
          if (all.some((o) => o !== m && !o.entry.weak && o.start >= item.start && o.end <= item.end)) return false;
        }
        const planBefore = plans.filter((p) => p.end <= m.start).at(-1);
        // Only a statement that care was given ("completed", "prior") or a treatment list opened after
        // it ("..., there is documentation of treatment to date (X, Y)") outweighs an earlier plan cue,
        // and only in the mention's own clause: "denied for X as there was no prior Y; for Z" is no.
        const receivedAfterPlan = planBefore && intros.some((r) => r.start >= planBefore.end && r.end <= m.start && !sentence.slice(r.end, m.start).includes(';'));
        if (planBefore && !receivedAfterPlan && !attendedAfter(m)) return false;
        // "Twelve additional sessions of physical therapy": more of a course, asked for, unless the
        // clause says it was had ("she has had 6 additional visits").
        if (MORE_OF.test(sentence.slice(Math.max(0, m.start - 60), m.start)) && !received.some((r) => r.end <= m.start) && !HAD_BEFORE.test(sentence.slice(0, m.start)) && !givenAfter(m.end) && !attendedAfter(m)) return false;
        const planAfter = plans.find((p) => p.start >= m.end);
        if (planAfter && governedByLaterCue(sentence.slice(m.end, planAfter.start), siteOnly) && !advisedBy(m, planAfter, sentence)) return false;
        return true;
      },
    };
  };
}

/**
 * True when a later plan cue is the predicate of the clause the treatment opens: "MRI was
 * requested", "Acupuncture for 8 sessions was the original request" (no comma in between).
 */
function governedByLaterCue(rawBetween: string, siteOnly: RegExp): boolean {
  // A quantity does not end the clause: "Chiropractic sessions for the neck, #8 was the request".
  const between = rawBetween.replace(/,?\s*(?:#|x|×)\s*\d+(?![\d/])/giu, '');
  if (functionWordsOnly(between) || siteOnly.test(between)) return true;
  return !/[,;:]/.test(between) && between.split(/\s+/).length <= 20 &&
    /\s(?:was|were|is|are|has\s+been|have\s+been)(?:\s+(?:then|also|the|an?|original|subsequently|partially|initially|not))*\s*$/iu.test(between);
}

// After "recommended": an object, not a passive's complement ("recommended for", "recommended at this time").
const ADVICE_OBJECT = /^\s+(?!(?:for|to|at|by|in|as|and|or|if|that|when|with|on|given|due|because|since|per|again|today|now|prior|before|after|but|pending)(?![A-Za-z]))[A-Za-z]/iu;

/**
 * True when a dated consultation is the subject of the cue after it: "an orthopedic consultation in
 * 08-2024 recommended arthroscopy" took place and advised; "Ortho consult recommended" is a plan.
 */
function advisedBy(m: ModalityMention, cue: { start: number; end: number }, sentence: string): boolean {
  return m.modality === 'consultation' && /\d$/u.test(m.text) && /^\s*$/u.test(sentence.slice(m.end, cue.start)) &&
    /^(?:recommend|suggest|advis)/iu.test(sentence.slice(cue.start, cue.end)) && ADVICE_OBJECT.test(sentence.slice(cue.end));
}

/** True when only auxiliaries stand between a treatment and a cue ("MRI was then requested"). */
function functionWordsOnly(between: string): boolean {
  return /^(?:\s+(?:is|was|were|are|be|been|has|have|had|being|also|the|an?|original|then|currently|now|again|subsequently|previously|not|yet|to|being))*\s*$/iu.test(between);
}
