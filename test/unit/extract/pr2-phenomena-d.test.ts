import { describe, expect, it } from 'vitest';
import { createDemographicsExtractor } from '../../../src/extract/demographics.ts';
import { createPainScoresExtractor } from '../../../src/extract/pain-scores.ts';
import { createWorkStatusExtractor } from '../../../src/extract/work-status.ts';
import { dxNames, medNames } from './fact-readers.ts';
import { runExtractor } from './run-extractor.ts';
import { priorModalities, priorRows, type Row } from './prior-rows.ts';

// PR-2 phenomena, fourth round (issue #3), in our own sentences: a column header with a redacted
// name, a ticked box before its label and an arrow's target, a 4 A's analgesia line, courses
// referred and then attended, visit ranges and dated visit lists, a visit number after the
// treatment, requests under a pending-RFA header, care kept up in a plan, a heat lamp, field
// labels and post-negations, drugs no longer needed or never filled, a compartment after a comma.
const values = (ex: ReturnType<typeof runExtractor>) => (text: string) => ex.asserted(text).map((f) => f.value);
const demo = values(runExtractor(createDemographicsExtractor({})));
const work = values(runExtractor(createWorkStatusExtractor({})));
const pain = values(runExtractor(createPainScoresExtractor({})));
const rows = priorRows;
const modalities = priorModalities;

describe('demographics in a column header (1)', () => {
  it.each<[string, number, string]>([
    ['Pt: [redacted]    52M    Welder    DOI: 3.4.24', 52, 'male'],
    ['Patient: R. Diaz  33F  bank teller', 33, 'female'],
    ['Pt: ***   61F', 61, 'female'],
  ])('%s', (text, years, sex) => {
    const found = demo(text);
    expect(found).toContainEqual({ years });
    expect(found).toContainEqual({ sex });
  });

  it('reads no age from a distance after a patient label', () => {
    expect(demo('Pt: A. Walked 40m today without a cane.').filter((v) => 'years' in v)).toEqual([]);
  });
});

describe('work status on forms (2)', () => {
  it('takes the ticked box before its label', () => {
    expect(work('WORK STATUS:  [ ] TTD    [X] Light    [ ] Regular duty')).toEqual([{ category: 'modified_duty' }]);
  });
  it("takes an arrow's target as today's status", () => {
    expect(work('Status this month: TTD -> released to modified work 3/14')).toEqual([{ category: 'modified_duty' }]);
    expect(work('Work: modified duty → TTD after the flare.')).toEqual([{ category: 'ttd' }]);
  });
});

describe('the 4 A\'s analgesia line (3)', () => {
  it('reads its ratings as pain ratings', () => {
    expect(pain('Analgesia: 7/10 off meds, 3/10 on meds, at best 2/10.').map((v) => (v as { value: number }).value)).toEqual([7, 3, 2]);
  });
});

describe('prior treatment counts (4)', () => {
  it('counts a referred course the worker then attended', () => {
    expect(rows('He was referred for six to eight sessions of acupuncture, all of which he attended.')).toEqual([['acupuncture', 8, 'approx']]);
    expect(rows('She was referred for eight sessions of acupuncture.')).toEqual([]);
  });
  it("counts a range of the note's own visits", () => {
    expect(rows('CHIROPRACTIC RE-EXAMINATION\nRe-exam #3 (visits 1-18 complete). Less stiffness.')).toEqual([['chiropractic', 18, 'exact']]);
  });
  it('counts dated visits and their running total', () => {
    expect(rows('OT: attended 2/02, 2/05, 2/09 (3 visits this period; 11 total to date)'))
      .toEqual([['occupational_therapy', 3, 'exact'], ['occupational_therapy', 11, 'exact']]);
  });
  it('counts a visit number after the treatment', () => {
    expect(rows('Acupuncture Tx #5 today, tolerated well.')).toEqual([['acupuncture', 5, 'exact']]);
  });
  it.each([
    'PENDING RFAs:\n1. Work conditioning x 12 sessions\n2. Home health aide 3 hrs/day\n3. Injection L shoulder',
    'REQUESTING:\n1. L carpal tunnel release, outpatient, with post-op hand therapy x 8 visits',
  ])('counts nothing under a request header: %s', (text) => expect(rows(text)).toEqual([]));
  it('keeps a header that only names the requester', () => {
    expect(rows('REQUESTING PARTY: Dr. Q\nHe has had chiropractic x 9.')).toEqual([['chiropractic', 9, 'exact']]);
  });
});

describe('modalities (5)', () => {
  it.each<[string, string[]]>([
    ['PLAN: Continue HEP and resting splint at night.', ['home_exercise', 'bracing_dme']],
    ['Treatment today: acupuncture, 16 needles, TDP lamp to the neck.', ['acupuncture', 'heat_cold']],
    ['CHIROPRACTIC PROGRESS NOTE\nRe-exam #4 today.', ['chiropractic']],
    ['Prior care: chiropractic, massage, MEDS: naproxen 500 mg.', ['chiropractic', 'massage']],
    ['Treatment to date has included medication: ibuprofen; 4 PT sessions.', ['medication', 'physical_therapy']],
  ])('%s', (text, want) => expect(modalities(text)).toEqual(want));

  it.each([
    'Facet injections have not been pursued.',
    'A lumbar RFA was not performed.',
  ])('reads care said not to have been done as not received: %s', (text) => expect(modalities(text)).toEqual([]));

  it('still negates the object of an active "has not tried"', () => {
    expect(modalities('He has not tried acupuncture.')).toEqual([]);
  });
});

describe('medications (6)', () => {
  it('keeps a drug no longer needed as one taken before', () => {
    expect(medNames('She no longer needs the hydrocodone given after surgery.')).toEqual(['hydrocodone']);
  });
  it.each([
    'Duloxetine was prescribed last month, but she has not yet filled it.',
    'Meloxicam was prescribed, which he never started.',
  ])('drops a prescription never filled or started: %s', (text) => expect(medNames(text)).toEqual([]));
});

describe('diagnoses (7)', () => {
  it('keeps a compartment after a comma with its diagnosis', () => {
    expect(dxNames('ASSESSMENT:\n1. Cervical strain.\n2. Osteoarthritis of the left knee, lateral compartment.'))
      .toEqual(['Cervical strain', 'Osteoarthritis of the left knee, lateral compartment']);
  });
});
