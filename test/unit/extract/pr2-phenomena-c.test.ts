import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPriorTreatmentsExtractor } from '../../../src/extract/prior-treatments.ts';
import { createRequestParser } from '../../../src/extract/requests.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';
import { countedRows, priorModalities, priorRows, type Row } from './prior-rows.ts';

// PR-2 and internal-medicine phenomena (issue #3, third round), in our own sentences: counts after
// slash-joined names, course sizes and labelled totals, fractions, pre-operative courses, a program's
// days, care kept up in a plan, manual therapy shorthand, internal-medicine equipment, procedures and
// dated consultations, and things that are not care received (a cumulative-trauma DOI, a labelled
// "none", a request in PR-2 shorthand, a topic title, an earlier evaluation a score is compared with).
const rows = priorRows;
const counted = countedRows;
const modalities = priorModalities;
const parse = createRequestParser({});

describe('prior treatment counts', () => {
  it.each<[string, Row[]]>([
    // 1: a second name joined by a slash belongs to the treatment before its count.
    ['PRIOR CARE:\n- Biofeedback/relaxation training x6 (spring 2025)', [['other', 6, 'exact']]],
    // 2: a course's size after its noun, and a labelled running total.
    ['She finished a first hand therapy course of 10 visits in March.', [['occupational_therapy', 10, 'exact']]],
    ['Total PT sessions to date: 14.', [['physical_therapy', 14, 'exact']]],
    // 4: a fraction after the treatment.
    ['Chiro 5/8 visits completed so far.', [['chiropractic', 5, 'exact']]],
    // 5: an adjective between the number and the treatment.
    ['He had 9 preoperative physical therapy visits before the repair.', [['physical_therapy', 9, 'exact']]],
  ])('%s', (text, want) => expect(counted(text)).toEqual(want));

  it("counts a program's own days in its report (3)", () => {
    expect(counted('FUNCTIONAL RESTORATION PROGRAM WEEKLY REPORT\nAttendance: completed 15 days (90 hrs) of 20 authorized.'))
      .toEqual([['functional_restoration', 15, 'exact']]);
    expect(counted('WORK HARDENING PROGRESS REPORT\nShe has attended 6 days of 10 approved.')).toEqual([['work_hardening', 6, 'exact']]);
  });

  it('reads the program from the case header title', () => {
    const analyze = createAnalyzer();
    const doc = createDocument({ id: 'd', source: 'c.json', kind: 'case-json', pages: [{ text: 'Completed 12 days of 20 authorized. Mood is better.' }], metadata: { title: 'Functional restoration program progress report' } });
    const found = createPriorTreatmentsExtractor({}).extract(analyze(doc)).map((c) => c.value);
    expect(found).toEqual([{ modality: 'functional_restoration', count: 12, countQualifier: 'exact' }]);
  });

  it.each([
    'PR-2 PRIMARY TREATING PHYSICIAN PROGRESS REPORT\nHe completed 12 days of 20 authorized.',
    'PHYSICAL THERAPY PROGRESS NOTE\nShe completed 12 days of her trip.',
  ])('counts no days outside a program report: %s', (text) => expect(counted(text)).toEqual([]));

  it('keeps rates and times out of the labelled count', () => {
    expect(counted('PT visits: 2x/week.')).toEqual([]);
    expect(counted('Acupuncture sessions: 3 weeks ago.')).toEqual([]);
  });
});

describe('care kept up in a plan (6)', () => {
  it.each<[string, string[]]>([
    ['PLAN:\n1. Cont HEP (theraband, wall slides) twice daily.', ['home_exercise']],
    ['PLAN:\n2. Cont. heat/ice, HEP per OT.', ['heat_cold', 'home_exercise']],
    ['PLAN:\n3. Cont HEP, cyclobenzaprine, Voltaren gel.', ['home_exercise']],
    ['PLAN:\nHEP: scapular squeezes, pec stretch - reviewed; she admits doing it rarely.', ['home_exercise']],
    ['PLAN: HEP updated. Return in 6 weeks.', ['home_exercise']],
  ])('%s', (text, want) => expect(modalities(text)).toEqual(want));

  it('still keeps new care after a continued item out', () => {
    expect(modalities('PLAN: Continue HEP, chiropractic care and acupuncture. Return in a month.')).toEqual(['home_exercise']);
    expect(modalities('PLAN: Cont HEP, request acupuncture x6.')).toEqual(['home_exercise']);
    expect(modalities('PLAN: MRI reviewed with the patient. Request ESI.')).toEqual([]);
  });
});

describe('treatment done at the visit (7)', () => {
  it.each<[string, string[]]>([
    ['TREATMENT PROVIDED TODAY:\nJoint mobs grade II glenohumeral, 8 min.', ['manual_therapy']],
    ['Treatment today: STM to the upper trapezius, moist heat.', ['manual_therapy', 'heat_cold']],
  ])('%s', (text, want) => expect(modalities(text)).toEqual(want));
});

describe('internal-medicine care (8)', () => {
  it.each<[string, string[]]>([
    ['He has used BiPAP every night since 03/2025.', ['bracing_dme']],
    ['Cardiology consult 11/2025 for palpitations.', ['consultation']],
    ['Colonoscopy 02/2025 was unremarkable.', ['other']],
    ['Sleep study 06/2025 showed mild apnea.', ['other']],
    ['PAST TREATMENTS:\nNaproxen stopped 2024 (reflux).', ['medication']],
    ['A spine surgery consultation in 05-2025 recommended a fusion.', ['consultation']],
  ])('%s', (text, want) => expect(modalities(text)).toEqual(want));

  it('leaves a consultation to come', () => {
    expect(modalities('PLAN: GI consult in 3 weeks.')).toEqual([]);
    expect(modalities('Rheumatology consult 04/2027 scheduled.')).toEqual([]);
    expect(modalities('Orthopedic consultation recommended.')).toEqual([]);
  });
});

describe('not care received (9)', () => {
  it.each([
    'DOI: 03/14/2021 (CT; neck/shoulders per PTP)',
    'ESWT - none to date.',
    'Acupuncture: 0 visits so far.',
    'ESWT x4 L ankle submitted to UR.',
    'Shockwave therapy x3 R elbow requested.',
    'Shockwave therapy not yet authorized.',
    'Next step: ESWT x3.',
    'REQUESTED TREATMENT:\n1. Acupuncture x 6, lumbar spine.',
    'PHYSICAL THERAPY / RETURN TO WORK:\nShe is off work and wants a desk job.',
    'His PHQ-9 was 14, unchanged from the previous evaluation.',
  ])('%s', (text) => expect(modalities(text)).toEqual([]));

  it('still reads a CT scan, a labelled count, a treatment title and a list of evaluations', () => {
    expect(modalities('CT of the chest 01/2025 was normal.')).toEqual(['imaging']);
    expect(counted('Acupuncture: 6 visits so far.')).toEqual([['acupuncture', 6, 'exact']]);
    expect(modalities('PHYSICAL THERAPY / ACUPUNCTURE:\nBoth helped.')).toEqual(['physical_therapy', 'acupuncture']);
    expect(modalities('Treatment to date has included PT and evaluations.')).toEqual(['physical_therapy', 'consultation']);
  });

  it('counts a treatment named in a topic title from its body', () => {
    expect(counted('PT / WORK STATUS:\n10 visits completed to date. Modified duty.')).toEqual([['physical_therapy', 10, 'exact']]);
  });
});

describe('requests (10, 11)', () => {
  it.each<[string, string, number | null, number | null]>([
    ['Home BP monitor, one unit', 'bracing_dme', 1, null],
    ['CPAP machine, 1 unit', 'bracing_dme', 1, null],
    ['Functional restoration program, 2 more weeks (10 days / 60 hours)', 'functional_restoration', 10, 2],
    ['Work hardening program x 8 days', 'work_hardening', 8, null],
    ['Physical therapy 2 additional weeks', 'physical_therapy', null, 2],
  ])('%s', (text, modality, quantity, weeks) => {
    const r = parse(text, 1, []);
    expect([r.modality, r.quantity, r.durationWeeks]).toEqual([modality, quantity, weeks]);
  });

  it('counts no days for a program that states only hours', () => {
    expect(parse('FRP 160 hours', 1, []).quantity).toBeNull();
  });
});
