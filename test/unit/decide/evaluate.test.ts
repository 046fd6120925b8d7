import { describe, expect, it } from 'vitest';
import { ItemScreening } from '../../../src/core/decision.ts';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });

// Fixture sentences written for these tests, modelled on the founding case's situation.
const seedFacts = [
  makeFact('prior_treatment-1', 'prior_treatment', { modality: 'acupuncture', count: 12, countQualifier: 'exact' }, '12 prior acupuncture visits'),
  makeFact('prior_treatment-2', 'prior_treatment', { modality: 'physical_therapy', count: null, countQualifier: null }, 'physical therapy'),
  makeFact('pain_relief-1', 'pain_relief', { percentLow: 20, percentHigh: 20, duration: 'a few days', attributedTo: 'acupuncture' }, 'about 20% relief for a few days'),
  makeFact('functional_improvement-1', 'functional_improvement', { dimension: 'general', direction: 'absent_documentation' }, 'functional gains from the needling',
    { context: ['documentation_gap'] }),
];
const seedItem = makeItem({ modality: 'acupuncture', quantity: 6, continuation: true, text: '6 more acupuncture visits' });

describe('decide: the founding acupuncture case', () => {
  const [s] = decide([seedItem], seedFacts);

  it('finds both gaps, not_met first, and predicts Upheld', () => {
    expect(ItemScreening.parse(s)).toBeTruthy();
    expect(s.packId).toBe('mtus-acupuncture.2007');
    expect(s.gaps.map((g) => g.code)).toEqual(['EXCEEDS_GUIDELINE_QUANTITY', 'FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED']);
    expect(s.outcome).toBe('not_supported');
    expect(s.decision).toBe('Upheld');
    expect(s.reasons).toEqual(s.gaps.map((g) => g.message));
  });

  it('rests each gap on the right facts and renders a reviewer sentence', () => {
    const exceeds = s.gaps.find((g) => g.code === 'EXCEEDS_GUIDELINE_QUANTITY')!;
    expect(exceeds.facts).toEqual(['prior_treatment-1']);
    expect(exceeds.message).toBe("12 prior acupuncture sessions plus 6 requested (18) exceed the guideline's 3 to 6 treatments without documented functional improvement (MTUS 9792.24.1)");
    const fi = s.gaps.find((g) => g.code === 'FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED')!;
    expect(fi.facts).toEqual(['functional_improvement-1']);
    expect(fi.message).toMatch(/^No documentation of functional improvement from the 12 prior acupuncture sessions: /);
    expect(fi.criterionId).toBe('acupuncture.functional-improvement');
    expect(fi.source).toContain('9792.24.1');
  });

  it('marks the other criteria met or not applicable', () => {
    const status = Object.fromEntries(s.criteria.map((c) => [c.criterionId, c.status]));
    expect(status).toMatchObject({
      'acupuncture.pain-relief': 'met', 'acupuncture.prior-count': 'not_applicable', 'acupuncture.initial-trial': 'not_applicable',
      'acupuncture.trial-total': 'not_met', 'acupuncture.functional-improvement': 'not_documented',
    });
    expect(s.criteria.find((c) => c.criterionId === 'acupuncture.trial-total')!.explanation).toMatch(/12 prior \+ 6 requested = 18 > 6/);
  });

  it('uses the largest count among mentions in force and ignores negated ones', () => {
    const more = [
      ...seedFacts,
      makeFact('prior_treatment-3', 'prior_treatment', { modality: 'acupuncture', count: 8, countQualifier: 'exact' }, '8 acupuncture visits'),
      makeFact('prior_treatment-4', 'prior_treatment', { modality: 'acupuncture', count: 30, countQualifier: 'exact' }, '30 acupuncture visits', { context: ['negated'] }),
    ];
    const [r] = decide([seedItem], more);
    const exceeds = r.gaps.find((g) => g.code === 'EXCEEDS_GUIDELINE_QUANTITY')!;
    expect(exceeds.facts).toEqual(['prior_treatment-1']);
    expect(r.criteria.find((c) => c.criterionId === 'acupuncture.trial-total')!.explanation).toMatch(/12 prior .* largest of 2 counted mentions \(prior_treatment-1: 12, prior_treatment-3: 8\)/);
  });

  it('reads a not_improved fact as contradicting functional improvement (not_met)', () => {
    const facts = [...seedFacts.slice(0, 3), makeFact('functional_improvement-1', 'functional_improvement', { dimension: 'general', direction: 'not_improved' }, 'no change in function')];
    const [r] = decide([seedItem], facts);
    expect(r.criteria.find((c) => c.criterionId === 'acupuncture.functional-improvement')!.status).toBe('not_met');
    // Both not_met now, so weight decides: functional improvement (100) before quantity (80).
    expect(r.gaps.map((g) => g.code)).toEqual(['FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED', 'EXCEEDS_GUIDELINE_QUANTITY']);
    expect(r.gaps[0].message).toMatch(/^The record shows no functional improvement from the 12 prior acupuncture sessions/);
  });
});

describe('decide: supported requests', () => {
  it('documented improvement within limits → Overturned', () => {
    const facts = [
      makeFact('prior_treatment-1', 'prior_treatment', { modality: 'acupuncture', count: 4, countQualifier: 'exact' }, 'four acupuncture visits'),
      makeFact('pain_relief-1', 'pain_relief', { percentLow: 40, percentHigh: 40, duration: null, attributedTo: 'acupuncture' }, '40% relief'),
      makeFact('functional_improvement-1', 'functional_improvement', { dimension: 'work_restrictions', direction: 'improved' }, 'back to modified duty'),
    ];
    const [s] = decide([makeItem({ modality: 'acupuncture', quantity: 2, continuation: true })], facts);
    expect(s.gaps).toEqual([]);
    expect(s.outcome).toBe('supported');
    expect(s.decision).toBe('Overturned');
    expect(s.criteria.find((c) => c.criterionId === 'acupuncture.functional-improvement')!.facts).toEqual(['functional_improvement-1']);
    // With improvement documented the 6-treatment trial no longer limits the course.
    expect(s.criteria.find((c) => c.criterionId === 'acupuncture.trial-total')!.status).toBe('not_applicable');
  });

  it('an initial PT request of 6 visits with no prior PT is supported by the quantity rule', () => {
    const [s] = decide([makeItem({ modality: 'physical_therapy', quantity: 6, frequencyPerWeek: 2, durationWeeks: 3 })], []);
    expect(s.packId).toBe('mtus-physical-medicine.2016');
    const rule = s.criteria.find((c) => c.criterionId === 'physical-medicine.initial-course')!;
    expect(rule.status).toBe('met');
    expect(s.decision).toBe('Overturned');
    expect(s.reasons[0]).toMatch(/6 requested, within the initial trial of 10/);
  });

  it('an initial PT request of 18 visits exceeds the course', () => {
    const [s] = decide([makeItem({ modality: 'physical_therapy', quantity: 18 })], []);
    expect(s.gaps.map((g) => g.code)).toEqual(['EXCEEDS_GUIDELINE_QUANTITY']);
    expect(s.decision).toBe('Upheld');
  });
});

describe('decide: other situations', () => {
  it('improvement shown but no count: PRIOR_TREATMENT_COUNT_UNKNOWN, citing the uncounted mention', () => {
    const facts = [
      makeFact('prior_treatment-1', 'prior_treatment', { modality: 'chiropractic', count: null, countQualifier: null }, 'chiropractic care'),
      makeFact('functional_improvement-1', 'functional_improvement', { dimension: 'adl', direction: 'improved' }, 'dresses without help now'),
    ];
    const [s] = decide([makeItem({ modality: 'chiropractic', quantity: 6, continuation: true })], facts);
    expect(s.gaps.map((g) => g.code)).toEqual(['PRIOR_TREATMENT_COUNT_UNKNOWN']);
    expect(s.gaps[0].facts).toEqual(['prior_treatment-1']);
  });

  it('no improvement and no count: the functional-improvement gap alone decides', () => {
    const facts = [makeFact('prior_treatment-1', 'prior_treatment', { modality: 'chiropractic', count: null, countQualifier: null }, 'chiropractic care')];
    const [s] = decide([makeItem({ modality: 'chiropractic', quantity: 6, continuation: true })], facts);
    expect(s.gaps.map((g) => g.code)).toEqual(['FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED']);
    expect(s.gaps[0].facts).toEqual([]);
    expect(s.criteria.find((c) => c.criterionId === 'chiropractic.functional-improvement')!.explanation).toMatch(/^Looked for /);
  });

  it('chiropractic for an excluded body part is NOT_RECOMMENDED_BY_GUIDELINE', () => {
    const [s] = decide([makeItem({ modality: 'chiropractic', quantity: 4, bodyRegion: 'left knee' })], []);
    expect(s.gaps.map((g) => g.code)).toEqual(['NOT_RECOMMENDED_BY_GUIDELINE']);
    expect(s.gaps[0].message).toMatch(/for the knee, and the request is for the left knee/);
  });

  it('a request without a quantity is REQUEST_UNDERSPECIFIED', () => {
    const hep = makeFact('care_course-1', 'care_course', { kind: 'home_exercise' }, 'stretches at home every morning');
    const [s] = decide([makeItem({ modality: 'acupuncture' })], [hep]);
    expect(s.gaps.map((g) => g.code)).toEqual(['REQUEST_UNDERSPECIFIED']);
    expect(s.gaps[0].message).toMatch(/does not state the number of sessions/);
  });

  it('no pack for the modality: no criteria, no gaps, the base-rate prediction, said plainly', () => {
    const acupunctureOnly = createDecider({ packs: loadPipelineDefinition().rulePackFiles.filter((f) => f.includes('acupuncture')) });
    const [s] = acupunctureOnly([makeItem({ modality: 'imaging', quantity: 1 })], seedFacts);
    expect(s.packId).toBeNull();
    expect(s.criteria).toEqual([]);
    expect(s.gaps).toEqual([]);
    expect(s.decision).toBe('Upheld');
    expect(s.reasons[0]).toMatch(/No rule pack covers imaging/);
  });
});

// Fixture sentences written for these tests.
describe('decide: criteria of single guideline rules', () => {
  const codes = (s: { gaps: { code: string }[] }) => s.gaps.map((g) => g.code);
  const status = (s: { criteria: { criterionId: string; status: string }[] }, id: string) => s.criteria.find((c) => c.criterionId === id)?.status;
  const med = (id: string, name: string, generic: string, drugClass: 'nsaid' | 'opioid', sentence: string) =>
    ({ ...makeFact(id, 'medication', { name, generic, drugClass }, name), sentence });

  it('an epidural injection needs the radiculopathy corroborated by imaging or electrodiagnostic testing', () => {
    const esi = makeItem({ modality: 'injection_epidural', text: 'L4-5 interlaminar epidural steroid injection' });
    const weak = makeFact('exam_finding-1', 'exam_finding', { kind: 'neuro_deficit' }, 'weak great toe extension on the left');
    expect(status(decide([esi], [weak])[0], 'injections.corroborated')).toBe('not_documented');
    const mri = makeFact('diagnostic_study-1', 'diagnostic_study', { kind: 'mri' }, 'a lumbar MRI from last spring');
    expect(status(decide([esi], [weak, mri])[0], 'injections.corroborated')).toBe('met');
  });

  it('a functional capacity evaluation is for a worker at maximum improvement, not one back at regular duty', () => {
    const fce = makeItem({ modality: 'other', text: 'Functional capacity evaluation' });
    const ws = (category: 'permanent_and_stationary' | 'full_duty') => makeFact('work_status-1', 'work_status', { category }, 'work status line');
    expect(status(decide([fce], [ws('permanent_and_stationary')])[0], 'general.fce-indication')).toBe('met');
    const back = decide([fce], [ws('full_duty')])[0];
    expect(status(back, 'general.fce-indication')).toBe('not_met');
    expect(back.gaps[0].message).toContain('"work status line"');
    const silent = decide([fce], [])[0];
    expect(codes(silent)).toEqual(['INDICATION_NOT_DOCUMENTED']);
    expect(status(silent, 'general.rationale')).toBe('not_applicable');
  });

  it('NSAIDs: continued use without benefit exceeds the short course; a second NSAID duplicates the first', () => {
    const naproxen = makeItem({ modality: 'medication', text: 'Naproxen 500mg #60', continuation: true });
    expect(codes(decide([naproxen], [])[0])).toEqual(['EXCEEDS_GUIDELINE_DURATION']);
    const meloxicam = med('medication-1', 'Mobic', 'meloxicam', 'nsaid', 'She takes Mobic daily for her knee.');
    const [dup] = decide([makeItem({ modality: 'medication', text: 'Naproxen 500mg #60' })], [meloxicam]);
    expect(codes(dup)).toContain('DUPLICATIVE_TREATMENT');
    expect(dup.gaps.find((g) => g.code === 'DUPLICATIVE_TREATMENT')!.facts).toEqual(['medication-1']);
    // The same drug under its brand name is the drug itself, not a second NSAID.
    const anaprox = med('medication-2', 'Anaprox', 'naproxen', 'nsaid', 'She takes Anaprox twice a day.');
    expect(status(decide([makeItem({ modality: 'medication', text: 'Naproxen 500mg #60' })], [anaprox])[0], 'nsaids.not-duplicated')).toBe('met');
  });

  it('urine drug testing is indicated by an opioid in the record, not by earlier screens', () => {
    const udt = makeItem({ modality: 'lab_testing', text: 'Urine drug screen' });
    const screened = makeFact('drug_monitoring-1', 'drug_monitoring', { kind: 'uds' }, 'a urine screen last quarter');
    expect(codes(decide([udt], [screened])[0])).toEqual(['INDICATION_NOT_DOCUMENTED']);
    const norco = med('medication-1', 'Norco', 'hydrocodone', 'opioid', 'Norco three times a day.');
    expect(decide([udt], [norco])[0].gaps).toEqual([]);
  });

  it('a TENS unit after surgery follows the surgery, not the chronic pain indications', () => {
    const surgery = makeItem({ index: 1, modality: 'surgery', text: 'Left knee arthroscopy with partial meniscectomy' });
    const tens = makeItem({ index: 2, modality: 'tens', text: 'Associated surgical service: TENS unit for 30 days' });
    const [, s] = decide([surgery, tens], []);
    expect(codes(s)).toEqual(['DEPENDENT_REQUEST_NOT_CERTIFIED']);
    expect(status(s, 'tens.indication')).toBe('not_applicable');
  });

  it('post-operative opioids must state the tablet count; chiropractic physiotherapy is chiropractic care', () => {
    const [postOp] = decide([makeItem({ modality: 'medication', text: 'Post-op oxycodone 5mg' })], []);
    expect(status(postOp, 'opioids.post-operative-quantity')).toBe('not_documented');
    expect(status(decide([makeItem({ modality: 'medication', text: 'Post-op oxycodone 5mg #20', quantity: 20 })], [])[0], 'opioids.post-operative-quantity')).toBe('met');
    const [chiro] = decide([makeItem({ modality: 'physical_therapy', quantity: 6, bodyRegion: 'right wrist', text: 'Chiropractic physiotherapy x6 for the right wrist' })], []);
    expect(chiro.packId).toBe('mtus-chiropractic.2016');
    expect(codes(chiro)).toContain('NOT_RECOMMENDED_BY_GUIDELINE');
  });

  it('services the guidelines do not support: SSEPs, therapeutic ultrasound, separate grip or motion testing', () => {
    for (const text of ['SSEP of both legs', 'Ultrasound therapy 2 times a week for 3 weeks', 'Jamar grip strength testing']) {
      expect(codes(decide([makeItem({ modality: 'other', text })], [])[0]), text).toContain('NOT_RECOMMENDED_BY_GUIDELINE');
    }
    expect(decide([makeItem({ modality: 'imaging', text: 'Ultrasound of the right shoulder' })], [])[0].packId).not.toBe('mtus-passive-modalities.2016');
  });
});
