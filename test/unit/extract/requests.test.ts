import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../../src/core/context.ts';
import type { Fact } from '../../../src/core/fact.ts';
import { createRequestParser } from '../../../src/extract/requests.ts';

const parse = createRequestParser({});
const req = (text: string, facts: Fact[] = []) => parse(text, 1, facts);

/** A prior-treatment fact, as the pipeline would hand it to the parser. */
const prior = (modality: 'acupuncture' | 'physical_therapy', context = EMPTY_CONTEXT): Fact => ({
  id: 'prior_treatment-1', type: 'prior_treatment', value: { modality, count: 4, countQualifier: 'exact' },
  text: 'x', span: { document: 'd', page: 1, start: 0, end: 1 }, sentence: 'x', section: null, context,
  ruleId: 'modality.acupuncture', confidence: null,
});

describe('request parser: modality and amount', () => {
  it.each<[string, string, number | null, number | null, number | null]>([
    ['8 Additional Acupuncture Sessions', 'acupuncture', 8, null, null],
    ['Physical therapy 3 times a week for 4 weeks for the cervical spine', 'physical_therapy', 12, 3, 4],
    ['Chiropractic care 2x6', 'chiropractic', 12, 2, 6],
    ['Acupuncture x4', 'acupuncture', 4, null, null],
    ['Aquatic therapy 1 to 2 times per week for 5 weeks', 'aquatic_therapy', 10, 2, 5],
    ['Post-op physical therapy 8-12 sessions', 'physical_therapy', 12, null, null],
    ['Tramadol 50mg #90 with 1 refill', 'medication', 180, null, null],
    ['Two refills of Naproxen 500mg #30', 'medication', 60, null, null],
    ['Menthol gel, #2 tubes with 3 refills', 'medication', 2, null, null],
    ['Omeprazole 20mg one month supply', 'medication', null, null, 4],
    // Refills as prescribers abbreviate them, each dispensing the count again.
    ['Baclofen 10 mg #30 x 2 refills', 'medication', 90, null, null],
    ['Meloxicam 15 mg 1 po daily #30, 3 refills', 'medication', 120, null, null],
    ['Celecoxib 200 mg #60 RF x1', 'medication', 120, null, null],
    ['Duloxetine 30 mg #30 w/ 1 RF', 'medication', 60, null, null],
    // A dose schedule with a course length: tablets per dose x doses per day x days.
    ['Tramadol 50 mg, 1 tab BID x 30 days', 'medication', 60, null, 4],
    ['Cyclobenzaprine 5 mg 1 tablet qhs x 14 days', 'medication', 14, null, 2],
    ['Meloxicam 7.5 mg 1 tab PO daily x 30 days, 1 refill', 'medication', 60, null, 4],
    ['Ibuprofen 800 mg x 10 days', 'medication', null, null, null],
    ['Knee brace rental for 1 month', 'bracing_dme', null, null, 4],
    ['Orthopedic neck support pillow', 'bracing_dme', null, null, null],
    ['Psych med management follow-up, 4 visits', 'consultation', 4, null, null],
    ['Ketoprofen cream 10%, 3 tubes', 'medication', 3, null, null],
    ['Lidocaine 5% patch 2 boxes', 'medication', 2, null, null],
    ['MRI of the left ankle without contrast', 'imaging', null, null, null],
    ['EMG/NCV of the bilateral lower extremities', 'electrodiagnostic', null, null, null],
    ['TENS unit purchase', 'tens', null, null, null],
    ['Associated surgical service: Cold therapy unit for 14 days', 'heat_cold', null, null, 2],
    ['Spine surgery consultation', 'consultation', null, null, null],
    ['Right knee cortisone injection', 'injection_joint', null, null, null],
    ['Bilateral L5-S1 medial branch blocks', 'injection_facet', null, null, null],
    // Stretch splints named by brand or by kind, without the word "splint" (issue 3).
    ['Dynasplint for the right elbow, 3-month rental', 'bracing_dme', null, null, 12],
    ['JAS device for the left shoulder', 'bracing_dme', null, null, null],
    ['Static progressive stretch orthosis, right knee', 'bracing_dme', null, null, null],
    // A look at the workstation is not a physician's consultation (issue 3); a doctor's evaluation still is.
    ['Ergonomic evaluation of the work station', 'other', null, null, null],
    ['Worksite ergonomic assessment', 'other', null, null, null],
    ['Orthopedic evaluation of the knee', 'consultation', null, null, null],
  ])('%s', (text, modality, quantity, frequency, duration) => {
    const r = req(text);
    expect([r.modality, r.quantity, r.frequencyPerWeek, r.durationWeeks]).toEqual([modality, quantity, frequency, duration]);
    expect(r.ruleIds.length).toBeGreaterThan(0);
  });
});

describe('request parser: body region', () => {
  it.each([
    ['MRI of the right shoulder', 'right shoulder'],
    ['X-rays of the cervical and thoracic spine', 'cervical and thoracic spine'],
    ['Physical therapy for the lumbar 2x3', 'lumbar spine'],
    ['Urine drug testing', null],
  ])('%s -> %s', (text, region) => {
    expect(req(text).bodyRegion).toBe(region);
  });
});

describe('request parser: continuation', () => {
  it('is a continuation when the request says so', () => {
    const r = req('Continue acupuncture 1 time a week for 6 weeks');
    expect([r.continuation, r.continuationBasis]).toEqual([true, 'continue']);
  });

  it('is a continuation when the record shows the same treatment was given', () => {
    const r = req('Acupuncture 6 sessions', [prior('acupuncture')]);
    expect([r.continuation, r.continuationBasis]).toEqual([true, 'prior_treatment-1']);
  });

  it('is not a continuation for another modality or a treatment only planned', () => {
    expect(req('Acupuncture 6 sessions', [prior('physical_therapy')]).continuation).toBe(false);
    const planned = { ...EMPTY_CONTEXT, hypothetical: true };
    expect(req('Acupuncture 6 sessions', [prior('acupuncture', planned)]).continuation).toBe(false);
  });
});

describe('request parser: PR-2 phrasings', () => {
  it('does not read a spinal level ("L4-5") as the quantity', () => {
    expect(req('Left L4-5 transforaminal epidural steroid injection x1').quantity).toBe(1);
    expect(req('Right C5-6 interlaminar epidural steroid injection x1').quantity).toBe(1);
    expect(req('Caudal epidural steroid injection at L5-S1 x1').quantity).toBe(1);
    expect(req('Repeat cervical epidural steroid injection C6-7 x 2').quantity).toBe(2);
    expect(req('Right L3-4 facet injection x1').quantity).toBe(1);
  });

  it('"2 x week x 4 weeks" is frequency times duration', () => {
    expect([req('Physical therapy 2 x week x 4 weeks, left ankle').quantity, req('Chiropractic 3 x week x 2 weeks').quantity]).toEqual([8, 6]);
  });

  it('reads named nerve and ganglion blocks as injection_other', () => {
    expect(req('Ganglion impar block under fluoroscopy').modality).toBe('injection_other');
    expect(req('Right genicular nerve block').modality).toBe('injection_other');
  });
});

describe('request parser: held-out PR-2 classes', () => {
  it.each<[string, number, number, number]>([
    ['Physical therapy 2 x 4 weeks for the lumbar spine', 8, 2, 4],
    ['Chiropractic care 3 x 6 weeks, cervical spine', 18, 3, 6],
    ['Acupuncture 1 x 6 wks', 6, 1, 6],
  ])('"N x M weeks" is N a week for M weeks: %s', (text, quantity, frequency, duration) => {
    const r = req(text);
    expect([r.quantity, r.frequencyPerWeek, r.durationWeeks]).toEqual([quantity, frequency, duration]);
  });

  it('does not read a bare duration ("for one week") as a weekly frequency', () => {
    const r = req('Cold therapy unit rental for one week');
    expect([r.quantity, r.frequencyPerWeek, r.durationWeeks]).toEqual([null, null, 1]);
  });

  it.each<[string, number]>([
    ['Compression stockings, 1 pair', 1],
    ['1 pair of knee sleeves', 1],
    ['Custom shoe orthotics (2 pairs)', 2],
  ])('counts a pair of a device as one item: %s', (text, quantity) => {
    const r = req(text);
    expect([r.modality, r.quantity]).toEqual(['bracing_dme', quantity]);
  });

  it.each(['CPM device rental for 3 weeks, right knee', 'Continuous passive motion machine for the left shoulder'])(
    'reads a continuous passive motion device as bracing_dme: %s', (text) => {
      expect(req(text).modality).toBe('bracing_dme');
    });
});

describe('request parser: injection site', () => {
  it('reads a steroid injection with a joint as injection_joint, elsewhere as injection_other', () => {
    expect(req('Cortisone injection right knee').modality).toBe('injection_joint');
    expect(req('Steroid injection for the lumbar spine').modality).toBe('injection_other');
  });
});

describe('requests: rented or bought cold/heat units', () => {
  it('is equipment when rented or purchased, a heat/cold therapy otherwise', () => {
    expect(req('Cold therapy unit 14-day rental').modality).toBe('bracing_dme');
    expect(req('Purchase of a hot/cold therapy unit for the knee').modality).toBe('bracing_dme');
    expect(req('Cold therapy for one week').modality).toBe('heat_cold');
  });
});

describe('request parser: lab tests and lumbar supports', () => {
  it.each([
    ['Urea breath test for Helicobacter, one time', 'lab_testing'],
    ['H. pylori stool antigen test', 'lab_testing'],
    ['Lactose breath test x1', 'lab_testing'],
    ['Lipid panel and hepatic panel', 'lab_testing'],
    ['Serum drug levels for monitoring', 'lab_testing'],
  ])('%s is a lab test', (text, modality) => {
    expect(req(text).modality).toBe(modality);
  });
  it.each([
    ['Purchase of an LSO corset for the low back', 'bracing_dme'],
    ['Lumbosacral orthosis, one unit', 'bracing_dme'],
    ['Corset for lumbar support x1', 'bracing_dme'],
    ['Abdominal binder after surgery', 'bracing_dme'],
  ])('%s is a support', (text, modality) => {
    expect(req(text).modality).toBe(modality);
  });
});

describe('request parser: round 4 dental and device requests', () => {
  it.each<[string, string, number | null]>([
    ['Custom occlusal orthotic, 1 unit', 'bracing_dme', 1],
    ['TENS unit, 1 unit', 'tens', 1],
    ['H-wave unit (2 units)', 'electrical_stimulation', 2],
    ['Purchase of one hinged knee brace, left knee', 'bracing_dme', 1],
    ['Purchase of two wrist splints', 'bracing_dme', 2],
    ['Purchase of one home TENS unit for the neck', 'tens', 1],
    ['Purchase of a shower chair', 'bracing_dme', null],
    ['Purchase of one month of TENS supplies', 'tens', null],
    ['Botox 100 units to the cervical muscles', 'injection_other', null],
  ])('counts units of a device, not doses: %s', (text, modality, quantity) => {
    const r = req(text);
    expect([r.modality, r.quantity]).toEqual([modality, quantity]);
  });

  it.each(['Crown, tooth #19', 'Root canal therapy, tooth #14', 'Extraction of teeth #1 and #16'])(
    'does not read a tooth number as a pill count: %s', (text) => {
      const r = req(text);
      expect(r.modality).not.toBe('medication');
      expect(r.quantity).toBeNull();
    });

  it('still reads a pill count after an unknown drug name', () => {
    expect([req('Flurbiprofen cream #120').modality, req('Flurbiprofen cream #120').quantity]).toEqual(['medication', 120]);
  });
});

describe('request amount: round 5', () => {
  it('reads "series of N" as the count', () => {
    expect(req('Euflexxa injections to the right knee, series of 3').quantity).toBe(3);
  });
  it('counts home-care days per week times weeks, not hours per day', () => {
    const r = req('Home health aide 6 hours per day, 3 days per week for 6 weeks');
    expect([r.quantity, r.frequencyPerWeek, r.durationWeeks]).toEqual([18, 3, 6]);
    expect(req('Home health aide for 14 days').durationWeeks).toBe(2);
  });
});

describe('request parser: straps, bracketed notes in names, guided joint injections, counts', () => {
  it.each<[string, string]>([
    ['Counterforce forearm strap, left', 'bracing_dme'],
    ['Tennis elbow strap', 'bracing_dme'],
    ['Patellar tendon strap, right knee', 'bracing_dme'],
    ['Occupational (hand) therapy, 8 visits', 'occupational_therapy'],
    ['Physical (aquatic) therapy 2x4', 'physical_therapy'],
    ['Ultrasound-guided glenohumeral joint injection, left shoulder', 'injection_joint'],
    ['Repeat fluoroscopically guided subacromial bursa injection', 'injection_joint'],
    ['Ultrasound of the left shoulder', 'imaging'],
  ])('%s -> %s', (text, modality) => {
    expect(req(text).modality).toBe(modality);
  });

  it.each<[string, number]>([
    ['Wrist brace, left, quantity 1', 1],
    ['Thumb spica splint, qty 2', 2],
    ['Lumbar support (LSO), one', 1],
    ['Hip joint injection, left hip, two', 2],
  ])('%s -> quantity %i', (text, quantity) => {
    expect(req(text).quantity).toBe(quantity);
  });

  it('takes a drug\'s "#N" as the pill count and "x 30 days" as its duration', () => {
    const r = req('Sertraline 50 mg, 1 tab daily x 30 days, #30');
    expect([r.quantity, r.durationWeeks]).toEqual([30, 4]);
    expect(req('Gabapentin 300 mg, 1 cap TID x 60 days, #180').quantity).toBe(180);
  });
});
