import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/fact.ts';
import { createWorkStatusExtractor } from '../../../src/extract/work-status.ts';
import { runExtractor } from './run-extractor.ts';

/**
 * Work status with an attribution or a date ("P&S per QME (2021)"; "declared P&S by the AME in
 * 2018"), and not working for a reason that is not medical (laid off, the plant closed, looking
 * for work). The export takes the first asserted status, so the lists below are what it reads.
 */
const run = runExtractor(createWorkStatusExtractor({}));
const statuses = (text: string) => run.asserted(text).flatMap((f: Fact) => (f.type === 'work_status' ? [f.value.category] : []));

describe('work status: P&S with an attribution or a date', () => {
  it.each([
    'Work status: permanent & stationary per QME (2021), not working.',
    'She was declared permanent and stationary by the AME in 2018 and has not worked since.',
    'Work status: P&S per AME 2019; not working.',
    'Work status: P&S per PQME report of 04/2020. Not working.',
    'He was found to be at MMI by the PQME in 03/2020 and has been off work since then.',
    'Permanent/stationary per the agreed medical examiner; he is not working.',
    'Not working. Permanent and stationary per QME in 2022.',
    'The QME deemed her at maximum medical improvement in March 2021, and she has not returned to work.',
    'He was placed on modified duty in 2019. The AME found him permanent and stationary in 2020.',
    'He has been working modified duty. He is now P&S with permanent restrictions.',
  ])('%s -> P&S', (text) => {
    expect(statuses(text)).toEqual(['permanent_and_stationary']);
  });

  it('lets a later TTD of a reopened case replace the declaration', () => {
    expect(statuses('He was declared P&S in 2018. The case was reopened after a new injury and he is now TTD.')).toEqual(['ttd']);
  });

  it.each([
    ['He is not yet permanent and stationary and is not working.', ['not_working']],
    ['She will be P&S after the next visit; not working for now.', ['not_working']],
  ])('%s -> a P&S still to come does not replace the status', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });

  it('keeps a "not working" stated far from a later MMI finding', () => {
    const text = ['HISTORY: She is not working.', 'She is right-hand dominant.', 'She lives with her husband.', 'DISCUSSION: She is at maximum medical improvement.'].join('\n');
    expect(statuses(text)[0]).toBe('not_working');
  });
});

describe('work status: not working for a reason that is not medical', () => {
  it.each([
    'Pt was laid off from his warehouse job in May; not currently working.',
    'He is currently unemployed.',
    'She has not looked for work since the plant closed.',
    'He lost his job when the company closed in 2021.',
    'She was let go from the restaurant last year and is looking for work.',
    'The plant where he worked shut down in 2020; he has not worked since.',
    'He was laid off in January and remains off work.',
    'He is not currently working; he is seeking employment.',
  ])('%s -> not working', (text) => {
    expect(new Set(statuses(text))).toEqual(new Set(['not_working']));
  });

  it.each([
    ['She has been unable to work because of the back pain.', ['ttd']],
    ['Patient is off work due to the injury.', ['ttd']],
    ['He was not laid off; he remains off work per his physician.', ['ttd']],
    ['He retired from the city in 2020 and is not working.', ['retired']],
    ['Work status: not working, retired.', ['retired']],
  ])('%s -> a medical reason or retirement is the status', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });

  it.each([
    'He works at the warehouse; the company is looking for workers.',
    'TENS unit was tried, not working.',
    'The left knee brace, not working well.',
  ])('%s -> no status', (text) => {
    expect(statuses(text)).toEqual([]);
  });
});
