import { describe, expect, it } from 'vitest';
import { createPainReliefExtractor } from '../../../src/extract/pain-relief.ts';
import { createRequestParser } from '../../../src/extract/requests.ts';
import { createWorkStatusExtractor } from '../../../src/extract/work-status.ts';
import { countedRows, priorRows } from './prior-rows.ts';
import { dxNames, medNames, painRatings } from './fact-readers.ts';
import { runExtractor } from './run-extractor.ts';

// PR-2 and IMR phenomena, fifth round (issue #3), in our own sentences: a coded item after an
// uncoded one on a "Dx:" line, "diagnoses per the treating doctor are", a BMI after obesity,
// deficits under an assessment; "avg", a site before its rating, the rating at intake; "PT is
// helping"; region letters, "N completed / N authorized", "N additional sessions" asked for;
// rented units and bathroom equipment; a drug in brackets; full time with restrictions.
const ratings = painRatings;
const relief = runExtractor(createPainReliefExtractor({}));
const reliefs = (text: string) => relief.asserted(text).map((f) => {
  const v = f.value as { percentLow: number; attributedTo: string | null };
  return [v.percentLow, v.attributedTo];
});
const work = runExtractor(createWorkStatusExtractor({}));
const workOf = (text: string) => work.asserted(text).map((f) => (f.value as { category: string }).category);
const req = createRequestParser({});

describe('diagnoses (1)', () => {
  it('splits an uncoded item from a coded one at a semicolon and drops the operation date', () => {
    expect(dxNames('Progress report\nDx: S/P right rotator cuff repair (arthroscopic) 03/02/2026; right shoulder impingement (M75.41)\nPlan: PT.'))
      .toEqual(['S/P right rotator cuff repair (arthroscopic)', 'right shoulder impingement']);
  });
  it('reads the diagnoses a named provider gives, without the ruled-out one', () => {
    expect(dxNames('Diagnoses per the treating physician are lumbago, lumbar radiculitis and left hip bursitis; rule out lumbar disc herniation.'))
      .toEqual(['lumbago', 'lumbar radiculitis', 'left hip bursitis']);
  });
  it('keeps constipation in a dashed assessment list', () => {
    expect(dxNames('A:\n- Cervical strain\n- Narcotic-induced constipation\nP: continue meds.'))
      .toEqual(['Cervical strain', 'Narcotic-induced constipation']);
  });
  it('keeps a BMI with obesity, and a remaining deficit is no diagnosis', () => {
    expect(dxNames('Assessment:\n1. Morbid obesity, BMI 41\n2. Knee sprain\n3. Remaining deficits in hip strength\nPlan: HEP.'))
      .toEqual(['Morbid obesity, BMI 41', 'Knee sprain']);
  });
});

describe('pain ratings and relief (2)', () => {
  it.each<[string, [number, string][]]>([
    ['Neck pain: avg over past week 6/10.', [[6, 'average']]],
    ['Right knee 3/10 this visit.', [[3, 'current']]],
    ['Pain 2/10 today (initial 7/10).', [[2, 'current'], [7, 'before_treatment']]],
  ])('%s', (text, expected) => expect(ratings(text)).toEqual(expected));
  it('reads "PT is helping" as relief from therapy', () => {
    expect(reliefs('He says PT is helping "roughly 40%".')).toEqual([[40, 'physical_therapy']]);
  });
});

describe('prior counts (3)', () => {
  it.each<[string, [string, number, string][]]>([
    ['He had 2 L-ESI in 2025.', [['injection_epidural', 2, 'exact']]],
    ['She attended 6 group relaxation-training sessions.', [['psychotherapy', 6, 'exact']]],
    ['Chiro visits: 9 completed / 12 authorized.', [['chiropractic', 9, 'exact']]],
  ])('%s', (text, expected) => expect(countedRows(text)).toEqual(expected));
  it('does not count further sessions asked for as had, but does when they were had', () => {
    expect(priorRows('Item in dispute: Eight additional sessions of acupuncture.')).toEqual([]);
    expect(countedRows('She has had 4 additional sessions of acupuncture.')).toEqual([['acupuncture', 4, 'exact']]);
  });
});

describe('requests (4)', () => {
  it.each([
    ['Ice therapy unit x1, 14-day rental', 'bracing_dme'],
    ['Elevated toilet seat for home use', 'bracing_dme'],
  ])('%s', (text, modality) => expect(req(text, 1, []).modality).toBe(modality));
});

describe('medications and work status (5, 6)', () => {
  it('reads every drug in a bracketed medication list', () => {
    expect(medNames('Care so far has included chiropractic, medications (naproxen, meclizine, nortriptyline 25 mg at night) and ice.'))
      .toEqual(['naproxen', 'meclizine', 'nortriptyline']);
  });
  it('reads full time with restrictions as modified duty', () => {
    expect(workOf('He is working full time with restrictions of no overhead reaching.')).toEqual(['modified_duty']);
    expect(workOf('He is working full time.')).toEqual(['full_duty']);
  });
});
