import { CaseResult, SCHEMA_VERSION } from '../../../src/core/case-result.ts';
import { contextFromTriggers, type ContextCategory } from '../../../src/core/context.ts';
import { createDocument, pageAt, type SourceDocument } from '../../../src/core/document.ts';
import { Fact, type FactType, type FactValue } from '../../../src/core/fact.ts';

/**
 * A hand-made case for report tests: a two-page note written for this project (no real record
 * text), facts located in it by phrase, and one screened item with every criterion status and
 * two gaps. Parsed with the real schema, so the fixture cannot drift from it.
 */
const PAGE_1 = `PROGRESS REPORT
Date of injury: 04/02/2015
The worker is a 51-year-old female injured on 04/02/2015 lifting a crate.
On 01/10/2017 she rates her low back pain 8/10 without medication and 5/10 with medication.
She has completed 10 sessions of physical therapy & she reports 30% pain relief lasting two hours.
She denies taking opioids. Prior history of carpal tunnel syndrome, resolved.`;
const PAGE_2 = `On 02/14/2017 pain is 6/10.
Diagnoses: lumbar strain; lumbar radiculopathy.
Medications: ibuprofen 600 mg <twice daily>.
Work status: modified duty.
Plan: request 8 more physical therapy visits.`;

export const FIXTURE_DOCUMENT: SourceDocument = createDocument({
  id: 'doc-1', source: 'fixture-note.txt', kind: 'text', pages: [{ text: PAGE_1 }, { text: PAGE_2 }],
  metadata: { request_date: '02/20/2017' },
});

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\f', start - 1)) + 1;
  const stops = [text.indexOf('\n', end), text.indexOf('\f', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

let seq = 0;
function fact<T extends FactType>(type: T, value: FactValue<T>, phrase: string, context: ContextCategory[] = [], nth = 0): Fact {
  const text = FIXTURE_DOCUMENT.text;
  let start = text.indexOf(phrase);
  for (let i = 0; i < nth; i += 1) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  const end = start + phrase.length;
  seq += 1;
  return Fact.parse({
    id: `${type}-${seq}`, type, value, text: phrase,
    span: { document: 'doc-1', page: pageAt(FIXTURE_DOCUMENT, start).number, start, end },
    sentence: sentenceAround(text, start, end), section: null,
    context: contextFromTriggers(context.map((category) => ({ category, text: 'x', start: 0, end: 1, ruleId: `test.${category}` }))),
    ruleId: `test.${type}`,
  });
}

seq = 0;
const F = {
  doi: fact('date_of_injury', { date: '2015-04-02', cumulative: false }, 'a 51-year-old female injured on 04/02/2015'),
  age: fact('age', { years: 51 }, '51-year-old'),
  sex: fact('sex', { sex: 'female' }, 'female injured'),
  pain1: fact('pain_score', { value: 8, max: 10, qualifier: 'without_medication' }, '8/10'),
  pain2: fact('pain_score', { value: 5, max: 10, qualifier: 'with_medication' }, '5/10'),
  pain3: fact('pain_score', { value: 6, max: 10, qualifier: 'current' }, 'pain is 6/10'),
  pt: fact('prior_treatment', { modality: 'physical_therapy', count: 10, countQualifier: 'exact' }, '10 sessions of physical therapy'),
  relief: fact('pain_relief', { percentLow: 30, percentHigh: 30, duration: 'two hours', attributedTo: 'physical_therapy' }, '30% pain relief lasting two hours'),
  opioid: fact('medication', { name: 'opioids', generic: null, drugClass: 'opioid' }, 'opioids', ['negated']),
  cts: fact('diagnosis', { name: 'carpal tunnel syndrome', icd10: null }, 'carpal tunnel syndrome', ['historical']),
  dx1: fact('diagnosis', { name: 'lumbar strain', icd10: 'S39.012A' }, 'lumbar strain'),
  dx2: fact('diagnosis', { name: 'lumbar radiculopathy', icd10: 'M54.16' }, 'lumbar radiculopathy'),
  ibu: fact('medication', { name: 'ibuprofen', generic: null, drugClass: 'nsaid' }, 'ibuprofen 600 mg <twice daily>'),
  work: fact('work_status', { category: 'modified_duty' }, 'modified duty'),
};
export const FIXTURE_FACTS = F;

const CRITERIA = [
  { criterionId: 'pt.functional-improvement', status: 'not_documented', description: 'More therapy needs documented functional improvement.', source: 'MTUS Chronic Pain Medical Treatment Guidelines 2016, Physical Medicine; 8 CCR 9792.20(e)', explanation: 'No functional improvement is documented.', facts: [F.pt.id] },
  { criterionId: 'pt.total-visits', status: 'not_met', description: 'Prior plus requested visits must stay within 10.', source: 'MTUS Chronic Pain Medical Treatment Guidelines 2016, Physical Medicine (9-10 visits over 8 weeks)', explanation: '10 prior + 8 requested = 18 > 10.', facts: [F.pt.id] },
  { criterionId: 'pt.pain-relief', status: 'met', description: 'A continuation needs quantified pain relief.', source: 'MTUS Chronic Pain Medical Treatment Guidelines 2016, Physical Medicine', explanation: 'Pain relief is documented.', facts: [F.relief.id] },
  { criterionId: 'pt.initial-trial', status: 'not_applicable', description: 'An initial trial is six visits.', source: 'MTUS Chronic Pain Medical Treatment Guidelines 2016, Physical Medicine (six-visit clinical trial, reassessment)', explanation: 'Applies only to an initial request.', facts: [] },
].map((c) => ({ ...c, packId: 'mtus-physical-medicine.2016' }));

export const FIXTURE_RESULT: CaseResult = CaseResult.parse({
  schemaVersion: SCHEMA_VERSION, caseId: 'FIXTURE-1', pipeline: { id: 'default', version: '0.0.0-test' },
  documents: [{ id: 'doc-1', source: 'fixture-note.txt', kind: 'text', pages: 2, characters: FIXTURE_DOCUMENT.text.length, metadata: FIXTURE_DOCUMENT.metadata }],
  facts: Object.values(F),
  items: [{
    item: { index: 1, text: '8 more physical therapy visits', modality: 'physical_therapy', quantity: 8, frequencyPerWeek: null, durationWeeks: null, bodyRegion: 'low back', continuation: true, continuationBasis: F.pt.id, ruleIds: ['test'] },
    packId: 'mtus-physical-medicine.2016', criteria: CRITERIA, outcome: 'not_supported', decision: 'Upheld',
    gaps: [
      { code: 'EXCEEDS_GUIDELINE_QUANTITY', message: '10 prior physical therapy visits plus 8 requested (18) exceed the guideline, which allows 9 to 10', criterionId: 'pt.total-visits', source: CRITERIA[1].source, facts: [F.pt.id] },
      { code: 'FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED', message: 'No documentation of functional improvement from the 10 prior physical therapy visits', criterionId: 'pt.functional-improvement', source: CRITERIA[0].source, facts: [F.pt.id] },
    ],
    reasons: ['10 prior visits plus 8 requested exceed the guideline'],
  }],
});
