import { describe, expect, it } from 'vitest';
import { createPriorTreatmentsExtractor } from '../../../src/extract/prior-treatments.ts';
import { createRequestParser } from '../../../src/extract/requests.ts';
import { dxNames, medNames } from './fact-readers.ts';
import { priorRows, type Row } from './prior-rows.ts';
import { runExtractor } from './run-extractor.ts';

// Other fields, fifth round, in our own sentences: a drug course written with a spelled frequency,
// follow-up consultations, specialists seen, dosage-form words and drugs in a past history,
// counts with a kind of therapy before its name or in sets, dated operations and residual deficits
// in diagnosis lists, and steroid injections into tendons and fascia (injection_other).
const parse = createRequestParser({});
const req = (text: string) => {
  const r = parse(text, 1, []);
  return [r.modality, r.quantity, r.durationWeeks];
};
const prior = runExtractor(createPriorTreatmentsExtractor({}));
const priorTexts = (text: string) => prior.asserted(text).map((f) => [(f.value as { modality: string }).modality, f.text]);

describe('request quantity of a drug course with a spelled frequency', () => {
  it.each<[string, number | null, number | null]>([
    ['Pregabalin 75 mg twice daily for 30 days', 60, 4],
    ['Meloxicam 15 mg once a day for 30 days', 30, 4],
    ['Tramadol 50 mg three times a day x 2 weeks', 42, 2],
    ['Naproxen 550 mg b.i.d. for one month', 60, 4],
    ['Ibuprofen 600 mg four times daily for 10 days', 40, null],
    ['Cyclobenzaprine 10 mg 1 tab at bedtime for 14 days', 14, 2],
    ['Omeprazole 20 mg daily for 2 months with 2 refills', 180, 8],
    // The tablets a dose still multiply: 2 tablets twice a day for a week.
    ['Acetaminophen 500 mg 2 tablets twice a day for 7 days', 28, 1],
  ])('%s -> %s', (text, quantity, weeks) => {
    expect(req(text)).toEqual(['medication', quantity, weeks]);
  });
  it.each<[string, number | null]>([
    // A count stated with "#" wins over the course.
    ['Gabapentin 300 mg three times daily #90 for 30 days', 90],
    ['Celecoxib 200 mg once daily for 30 days, #20', 20],
    // No frequency, no course length, or an as-needed range: nothing to multiply.
    ['Ibuprofen 800 mg x 10 days', null],
    ['Duloxetine 60 mg daily', null],
    ['Hydrocodone/APAP 10/325 every 4-6 hours as needed for 30 days', null],
  ])('%s -> %s', (text, quantity) => {
    expect(req(text)[1]).toBe(quantity);
  });
  it('leaves a therapy schedule to the visit rules', () => {
    expect(req('Physical therapy twice a week for 4 weeks')).toEqual(['physical_therapy', 8, 4]);
  });
});

describe('request modality of a follow-up with a physician', () => {
  it.each([
    'Internal medicine follow-up consultation',
    'Follow-up consultation with cardiology',
    'Neurology consult',
    'Follow up visit with Dr. Okafor for the right knee',
    'Orthopedic follow-up visit',
    'Follow-up with pain management',
  ])('%s is a consultation', (text) => {
    expect(req(text)[0]).toBe('consultation');
  });
  it.each<[string, string]>([
    // A follow-up test or drug is that test or drug; a bare follow-up stays other.
    ['Follow-up MRI of the lumbar spine', 'imaging'],
    ['Repeat follow-up EMG/NCV of the upper extremities', 'electrodiagnostic'],
    ['Follow-up with naproxen 500 mg #60', 'medication'],
    ['Follow up in 4 weeks', 'other'],
  ])('%s is %s', (text, modality) => {
    expect(req(text)[0]).toBe(modality);
  });
});

describe('prior consultation with a specialist seen', () => {
  it.each([
    'She has been followed by internal medicine since 2020.',
    'He was evaluated by a hand surgeon in March.',
    'Cardiology has followed him for atrial fibrillation.',
    'He was seen by neurology for the headaches last year.',
  ])('%s', (text) => {
    expect(priorRows(text)).toEqual([['consultation', null, null]]);
  });
  it.each([
    'Plan: will refer to spine surgeon.',
    'Orthopedic consult pending.',
    'He will be seen by neurology next month.',
    'She was seen in the orthopedic surgery clinic last month.',
  ])('%s names no consultation had', (text) => {
    expect(priorRows(text)).toEqual([]);
  });
});

describe('prior medications: dosage forms, past history, monitoring', () => {
  it('does not make a dosage-form word a medication of its own', () => {
    expect(priorRows('Treatment to date: PT x 6, MEDS: diclofenac gel, tramadol.')).toEqual([['physical_therapy', 6, 'exact']]);
    expect(priorRows('Treatment to date has included chiropractic care; he is taking naproxen and uses Voltaren gel.')).toEqual([['chiropractic', null, null]]);
  });
  it('keeps the drug of a treatment list with its form as the entry', () => {
    expect(priorTexts('Treatment to date has included physical therapy, diclofenac gel and lidocaine cream.'))
      .toEqual([['physical_therapy', 'physical therapy'], ['medication', 'diclofenac gel']]);
  });
  it('keeps an unnamed form as the medication it stands for', () => {
    expect(priorRows('She has tried a compounded cream and a TENS unit.')).toEqual([['tens', null, null], ['medication', null, null]]);
  });
  it('reads a drug in a past medical history as a medication, not a treatment', () => {
    const text = 'PAST MEDICAL HISTORY: Hypertension, migraines - sumatriptan prn, GERD.';
    expect(priorRows(text)).toEqual([]);
    expect(medNames(text)).toEqual(['sumatriptan']);
    expect(dxNames(text)).toEqual(['Hypertension', 'migraines', 'GERD']);
  });
  it('keeps a drug stated as the treatment given', () => {
    expect(priorRows('Past history: migraines, treated with rizatriptan as needed.')).toEqual([['medication', null, null]]);
    expect(priorRows('Past treatment has included ibuprofen and PT.')).toEqual([['physical_therapy', null, null], ['medication', null, null]]);
  });
  it('keeps a urine drug screen as lab testing (the guide lists lab_testing among the modalities)', () => {
    expect(priorRows('UDS 11/2024 consistent with prescribed medications.')).toEqual([['lab_testing', null, null]]);
  });
});

describe('prior counts with the kind of therapy between count and name', () => {
  it.each<[string, Row[]]>([
    ['Treatment to date has included 6 visits of vestibular PT.', [['physical_therapy', 6, 'exact']]],
    ['She completed 8 sessions of aquatic PT.', [['aquatic_therapy', 8, 'exact']]],
    ['He attended 4 sessions of land-based therapy.', [['physical_therapy', 4, 'exact']]],
    ['He completed two sets of 6 aquatic therapy sessions.', [['aquatic_therapy', 12, 'exact']]],
    ['She completed 2 rounds of 6 visits of PT.', [['physical_therapy', 12, 'exact']]],
    ['She had ~ 10 more sessions of PT.', [['physical_therapy', 10, 'approx']]],
    ['He had 12 PT visits in 2022 and ~10 more PT visits this year.', [['physical_therapy', 12, 'exact'], ['physical_therapy', 10, 'approx']]],
    ['Treatment: physical therapy x 12, then about 10 more visits.', [['physical_therapy', 12, 'exact'], ['physical_therapy', 10, 'approx']]],
    // A count before two treatments counts the first only.
    ['He had 8 sessions of chiro and PT.', [['chiropractic', 8, 'exact'], ['physical_therapy', null, null]]],
    // Still a course of two: the number of rounds alone.
    ['She completed 2 rounds of PT.', [['physical_therapy', 2, 'exact']]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
  it.each([
    'The provider had requested 6 more sessions of PT.',
    'Twelve additional sessions of physical therapy.',
    'PT x 12, requesting 6 more visits.',
  ])('%s asks for more, it does not report it', (text) => {
    expect(priorRows(text).filter(([, n]) => n === 6 || n === 12 && text.startsWith('Twelve'))).toEqual([]);
  });
});

describe('diagnoses: dated operations in a history, residual deficits', () => {
  it('drops a dated operation and an operation of the same date from a past history', () => {
    expect(dxNames('PMH: Right shoulder impingement, s/p SAD (05/22/2022), partial meniscectomy same date, hypertension.'))
      .toEqual(['Right shoulder impingement', 'hypertension']);
    expect(dxNames('Past medical history: Left knee medial meniscus tear, s/p partial meniscectomy (03/14/2021); diabetes.'))
      .toEqual(['Left knee medial meniscus tear', 'diabetes']);
  });
  it('keeps an undated status-post with its condition', () => {
    expect(dxNames('Past medical history: right rotator cuff tear, s/p repair; asthma.')).toEqual(['right rotator cuff tear, s/p repair', 'asthma']);
  });
  it('drops a residual deficit named by tasks from an assessment, keeping the diagnoses', () => {
    expect(dxNames('ASSESSMENT: Right knee patellofemoral syndrome, improving. Remaining deficits in deep squat and stair descent.'))
      .toEqual(['Right knee patellofemoral syndrome, improving']);
    expect(dxNames('Assessment: 1. Lumbar strain. 2. Residual limitations with lifting and carrying. 3. Right knee sprain.'))
      .toEqual(['Lumbar strain', 'Right knee sprain']);
  });
  it('trims a regimen in brackets or after a comma from a history item', () => {
    expect(dxNames('PMH: Migraine (sumatriptan prn), hypothyroidism.')).toEqual(['Migraine', 'hypothyroidism']);
    expect(dxNames('Diagnoses: 1. Lumbar radiculopathy. 2. Migraine, on rizatriptan prn.')).toEqual(['Lumbar radiculopathy', 'Migraine']);
  });
});

describe('steroid injections: joints and soft tissue', () => {
  it.each<[string, Row[]]>([
    ['She received about four cortisone injections to the lateral epicondyle of the right elbow.', [['injection_other', 4, 'approx']]],
    ['He had a cortisone injection for right tennis elbow.', [['injection_other', null, null]]],
    ['Cortisone injection at the A1 pulley of the right ring finger in 2023.', [['injection_other', null, null]]],
    ['Cortisone injection to the right trigger thumb in 2022.', [['injection_other', null, null]]],
    ['She had a steroid injection for de Quervain tenosynovitis of the right wrist.', [['injection_other', null, null]]],
    ['He had two cortisone injections to the right heel for plantar fasciitis.', [['injection_other', 2, 'exact']]],
    ['Two cortisone injections to the left thumb CMC joint.', [['injection_joint', 2, 'exact']]],
    ['He had 3 cortisone injections into the right knee.', [['injection_joint', 3, 'exact']]],
    ['She had a cortisone injection in the right elbow.', [['injection_joint', null, null]]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});
