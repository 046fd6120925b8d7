import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createDiagnosesExtractor } from '../../../src/extract/diagnoses.ts';
import { createPriorTreatmentsExtractor } from '../../../src/extract/prior-treatments.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';
import { runExtractor } from './run-extractor.ts';
import { countedRows, priorModalities, priorRows, type Row } from './prior-rows.ts';

// Phenomena of PR-2 progress notes and IMR-style summaries (issue #3), in our own sentences:
// counts against an authorisation, asides and hedges around a count, counts of the note's own
// therapy, negation kept inside its parenthesis, treatments given at a visit, cumulative trauma,
// and diagnosis headers, narrative assessments and goals.
const rows = priorRows;
const counted = countedRows;
const modalities = priorModalities;
const dx = runExtractor(createDiagnosesExtractor({}));
const names = (text: string) => dx.asserted(text).map((f) => (f.value as { name: string }).name);

describe('counts against an authorisation (a)', () => {
  it.each<[string, Row[]]>([
    ['She has finished hand therapy 5 of 10 authorized visits.', [['occupational_therapy', 5, 'exact']]],
    ['Group CBT - 4 of 6 approved sessions attended.', [['psychotherapy', 4, 'exact']]],
    ['He completed acupuncture 3 out of 6 certified treatments.', [['acupuncture', 3, 'exact']]],
    ['CHIROPRACTIC RE-EXAM\nNeck stiffness is less.\nToday = visit #7 of 8 approved.', [['chiropractic', 7, 'exact']]],
  ])('%s', (text, want) => expect(counted(text)).toEqual(want));
});

describe('an aside between a treatment and its count (b)', () => {
  it.each<[string, Row[]]>([
    ['Post-op OT (certified hand therapist) x 11 visits to date.', [['occupational_therapy', 11, 'exact']]],
    ['Aquatic therapy (YMCA pool) x 9 sessions.', [['aquatic_therapy', 9, 'exact']]],
  ])('%s', (text, want) => expect(counted(text)).toEqual(want));
});

describe('alternatives, ranges and hedges are estimates (c, f)', () => {
  it.each<[string, Row[]]>([
    ['He tried physical therapy in 2022 (she thinks 6 or 8 visits).', [['physical_therapy', 8, 'approx']]],
    ['Chiropractic (he believes 10 or 12 visits) did not last.', [['chiropractic', 12, 'approx']]],
    ['He saw a counselor 3-4 times after the robbery.', [['psychotherapy', 4, 'approx']]],
    ['Prior: acupuncture, "about 10 or so" sessions.', [['acupuncture', 10, 'approx']]],
    ['Massage therapy 6 or so visits, helpful.', [['massage', 6, 'approx']]],
  ])('%s', (text, want) => expect(counted(text)).toEqual(want));

  it('keeps a vocational counselor out of psychotherapy', () => {
    expect(modalities('He met with a vocational counselor twice.')).toEqual([]);
  });
});

describe('a lower bound (d)', () => {
  it.each<[string, Row[]]>([
    ['He reports more than 20 chiro visits over two years.', [['chiropractic', 20, 'at_least']]],
    ['Prior care: massage (more than 10 visits), PT.', [['massage', 10, 'at_least']]],
  ])('%s', (text, want) => expect(counted(text)).toEqual(want));
});

describe("a count of the note's own therapy (e)", () => {
  it.each<[string, Row[]]>([
    ['ACUPUNCTURE PROGRESS REPORT\nS: Less burning in the wrist.\nSessions: five to date incl. today.', [['acupuncture', 5, 'exact']]],
    ['PHYSICAL THERAPY RE-EVALUATION\nVisits: 11 attended since IE.\nHEP reviewed.', [['physical_therapy', 11, 'exact']]],
    ['CHIROPRACTIC PROGRESS NOTE\nHe has attended 9 of 12 authorized visits.', [['chiropractic', 9, 'exact']]],
  ])('%s', (text, want) => expect(counted(text)).toEqual(want));

  it('reads the therapy from the case header title', () => {
    const analyze = createAnalyzer();
    const doc = createDocument({ id: 'd', source: 'c.json', kind: 'case-json', pages: [{ text: 'Visits: 8 attended to date. Less pain.' }], metadata: { title: 'Acupuncture progress report' } });
    const found = createPriorTreatmentsExtractor({}).extract(analyze(doc)).map((c) => c.value);
    expect(found).toEqual([{ modality: 'acupuncture', count: 8, countQualifier: 'exact' }]);
  });

  it.each([
    'PR-2 PRIMARY TREATING PHYSICIAN PROGRESS REPORT\nVisits: 11 attended since IE.',
    'PHYSICAL THERAPY DAILY NOTE\nFrequency: 2 visits per week.',
    'PHYSICAL THERAPY DAILY NOTE\nPlan: 6 more visits to be completed.',
  ])('counts nothing without a therapy title or with a plan: %s', (text) => {
    expect(counted(text)).toEqual([]);
  });
});

describe('a course and its running total (g)', () => {
  it.each<[string, Row[]]>([
    ['She attended approximately 4 additional visits of chiropractic for a total of about 22.', [['chiropractic', 4, 'approx'], ['chiropractic', 22, 'approx']]],
    ['He had 3 rounds of PT totaling approx. 30 visits.', [['physical_therapy', 30, 'approx']]],
  ])('%s', (text, want) => expect(counted(text)).toEqual(want));
});

describe('negation stays inside its parenthesis (h)', () => {
  it.each<[string, string[]]>([
    ['Treatment has included chiro (about 12 visits), a knee injection (relief ~2 wks, no % stated), ibuprofen and work restrictions.', ['chiropractic', 'injection_joint', 'activity_modification', 'medication']],
    ['Treatment to date: massage, acupuncture (number of visits not documented), and a brace.', ['massage', 'acupuncture', 'bracing_dme']],
  ])('%s', (text, want) => expect(modalities(text)).toEqual(want));

  it('still negates inside the parenthesis and outside it when the trigger is outside', () => {
    expect(modalities('Treatment to date: PT (no injections).')).toEqual(['physical_therapy']);
    expect(modalities('He has not had acupuncture (or massage).')).toEqual([]);
  });
});

describe('treatments given at the visit (i)', () => {
  it.each<[string, string[]]>([
    ['OBJECTIVE: Walks slowly with a single-point cane in the L hand.', ['bracing_dme']],
    ['Treatment today: CMT to the lumbar spine, EMS, Hot/cold packs.', ['chiropractic', 'electrical_stimulation', 'heat_cold']],
    ['Modalities: EMS and moist heat, 15 minutes.', ['electrical_stimulation', 'heat_cold']],
    ['He went to the clinic; naproxen 500 dispensed there.', ['medication']],
    ['Treatment to date: 10 PT visits, a trial of a TENS unit, and medications.', ['physical_therapy', 'tens', 'medication']],
  ])('%s', (text, want) => expect(modalities(text)).toEqual(want));

  it('leaves a cane the worker only rests on, and EMS in a request', () => {
    expect(modalities('He sat on the exam table resting on his cane.')).toEqual([]);
    expect(modalities('Request: manual therapy, modalities and EMS as tolerated.')).toEqual([]);
  });
});

describe('not treatments (j)', () => {
  it.each([
    'A CT psych claim was also filed; CT period 03/2022 - 09/2024.',
    'Referral to an orthopedist was placed.',
  ])('%s', (text) => expect(modalities(text)).toEqual([]));

  it('still reads a CT scan, and a referral to a named specialty in a list', () => {
    expect(modalities('He had a CT of the head after the fall.')).toEqual(['imaging']);
    expect(modalities('Treatment to date has included PT and an orthopedic referral.')).toEqual(['physical_therapy', 'consultation']);
  });
});

describe('diagnosis headers with words before the colon (k)', () => {
  it.each<[string, string[]]>([
    ['Dx per QME report: cervical strain; left shoulder impingement.', ['cervical strain', 'left shoulder impingement']],
    ['Med dx: Right ankle fracture; right ankle stiffness.', ['Right ankle fracture', 'right ankle stiffness']],
    ['Tx dx (ICD-10): M54.16, M51.26', []],
    ['DIAGNOSES (DSM-5-TR):\n1. Adjustment disorder with anxiety\n2. Insomnia disorder', ['Adjustment disorder with anxiety', 'Insomnia disorder']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want));
});

describe('narrative assessments name no diagnosis (l)', () => {
  it.each([
    'ACUPUNCTURE DAILY NOTE\nA: Gains held only two days; see ADLs above.\nP: Continue 1x/wk.',
    'PHYSICAL THERAPY PROGRESS NOTE\nASSESSMENT: Plateau since the last visit. Good potential once pain settles.',
  ])('%s', (text) => expect(names(text)).toEqual([]));

  it('reads a qualified header whose item carries an operation date', () => {
    const got = names('Med dx: Right ankle fracture (ORIF 2/3/25); right ankle stiffness.');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^Right ankle fracture/);
  });

  it('keeps a condition named in an assessment', () => {
    expect(names('PHYSICAL THERAPY PROGRESS NOTE\nASSESSMENT: Right shoulder tendinitis, improving.')).toEqual(['Right shoulder tendinitis, improving']);
  });
});

describe('a goals block is plan (m)', () => {
  it('reads no diagnosis from goals after an assessment', () => {
    expect(names('ASSESSMENT: Left knee sprain.\nGOALS (revised, 4 wks): KOOS > 70; squat x 10; RTW regular duty')).toEqual(['Left knee sprain']);
  });
});

describe('a diagnosis qualifier does not negate the next items (n)', () => {
  it('keeps every item after "without myelopathy"', () => {
    expect(names('She was diagnosed as having lumbar spondylosis without radiculopathy, cervical disc displacement, and right sacroiliitis.'))
      .toEqual(['lumbar spondylosis without radiculopathy', 'cervical disc displacement', 'right sacroiliitis']);
  });
});
