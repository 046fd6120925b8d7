import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import type { Candidate } from '../../../src/extract/extractor.ts';
import { createDemographicsExtractor } from '../../../src/extract/demographics.ts';
import { parseDate } from '../../../src/text/dates.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';

const analyze = createAnalyzer();
const extractor = createDemographicsExtractor({});
const run = (text: string): Candidate[] =>
  extractor.extract(analyze(createDocument({ id: 'd1', source: 't.txt', kind: 'text', pages: [{ text }] })));
const first = (text: string, type: Candidate['type']) => run(text).find((c) => c.type === type)?.value;

describe('demographics: age', () => {
  it.each([
    ['The claimant is a 57 year old warehouse clerk.', 57],
    ['This case involves a now 45-year-old roofer.', 45],
    ['Patient, age 43, reports wrist pain.', 43],
    ['A woman aged 60 was seen today.', 60],
    ['He is a sixty-two-year-old mechanic.', 62],
    ['She is 38 years of age.', 38],
    ['A 7-month-old infant with fever.', 0],
  ])('%s -> %i', (text, years) => {
    expect(first(text, 'age')).toEqual({ years });
  });

  it('ignores ages from the past and impossible ages', () => {
    expect(first('He broke his wrist when he was 13 years of age.', 'age')).toBeUndefined();
    expect(first('She had surgery at age 16.', 'age')).toBeUndefined();
    expect(first('A 150 year old building collapsed.', 'age')).toBeUndefined();
  });
});

describe('demographics: sex', () => {
  it('takes the first explicit word', () => {
    expect(first('The injured worker is a 41 year old female carpenter. Her husband is a male nurse.', 'sex')).toEqual({ sex: 'female' });
    expect(first('This pleasant gentleman reports back pain.', 'sex')).toEqual({ sex: 'male' });
  });

  it('falls back to pronouns only when no explicit word is found', () => {
    expect(first('The worker slipped. She reports knee pain and her knee is swollen.', 'sex')).toEqual({ sex: 'female' });
    expect(run('She saw him once. He said his back hurts. He rested.').filter((c) => c.type === 'sex')).toHaveLength(1);
    expect(first('The worker slipped on ice.', 'sex')).toBeUndefined();
  });
});

describe('demographics: date of injury', () => {
  it.each([
    ['She sustained an industrial injury on 10-13-16.', '2016-10-13'],
    ['A date of injury of 3/5/13 is reported.', '2013-03-05'],
    ['Seen for the 3/5/13 date of injury.', '2013-03-05'],
    ['DOI: 01/02/2015', '2015-01-02'],
    ['He was injured on January 5, 2014 while lifting.', '2014-01-05'],
    ['A claim from 10/14/ 2016 is open.', '2016-10-14'],
    ['The industrial injury of 11 -01-2016 involved the neck.', '2016-11-01'],
    ['An industrial injury on 4/2/98 is noted.', '1998-04-02'],
  ])('%s -> %s', (text, date) => {
    expect(first(text, 'date_of_injury')).toEqual({ date, cumulative: false });
  });

  it('takes the end of a cumulative trauma range', () => {
    expect(first('Cumulative trauma (CT) 1/1/2010 to 5/1/2015 is claimed.', 'date_of_injury')).toEqual({ date: '2015-05-01', cumulative: true });
    expect(first('She sustained a cumulative industrial injury from 3-1-2011 to 9-30-2019 as a cashier.', 'date_of_injury')).toEqual({ date: '2019-09-30', cumulative: true });
    expect(first('He reports a continuous trauma claim between 02/01/2014 and 11/15/2020.', 'date_of_injury')).toEqual({ date: '2020-11-15', cumulative: true });
  });

  it('rejects month-only dates, impossible dates and dates outside 1950..today', () => {
    expect(first('He was injured in June 2005.', 'date_of_injury')).toBeUndefined();
    expect(first('Date of injury: 13/45/2015.', 'date_of_injury')).toBeUndefined();
    expect(first('Date of injury: 02/03/1932.', 'date_of_injury')).toBeUndefined();
    expect(parseDate('02/30/2016')).toBeNull();
    expect(parseDate('12/01/2099')).toBeNull();
  });
});

// Error classes found reviewing MTSamples notes (issue 3); sentences are our own.
describe('demographics (mtsamples review)', () => {
  it('does not take an age at a past event as the patient\'s age', () => {
    const ages = (text: string) => run(text).filter((c) => c.type === 'age').map((c) => c.type === 'age' && c.value.years);
    expect(ages('She is a 44-year-old cook. When she was about nine years old, she broke her arm.')).toEqual([44]);
    expect(ages('His brother died when Mr. Lane was 16 years old.')).toEqual([]);
    expect(ages('While he was 20 years of age he served abroad.')).toEqual([]);
  });

  it('does not read "injured worker" (the patient) as an injury with a date', () => {
    const dois = (text: string) => run(text).filter((c) => c.type === 'date_of_injury').map((c) => c.type === 'date_of_injury' && c.value.date);
    expect(dois('The injured worker was seen for follow-up on 04/02/2015.')).toEqual([]);
    expect(dois('The injured worker states he was stacking crates on March 3, 2014, when he injured his shoulder.')).toEqual(['2014-03-03']);
    expect(dois('She was injured at work on 06/11/2013.')).toEqual(['2013-06-11']);
  });

  it('takes the sex from the record when the first explicit word sits in a question block', () => {
    const sex = run('QUESTION:\nMs. Gray has asked for an additional allowance.\nANSWER:\nI reviewed her chart and examined her.').filter((c) => c.type === 'sex');
    expect(sex.map((c) => c.type === 'sex' && c.value.sex)).toEqual(['female']);
    expect(sex[0].start).toBeGreaterThan(40);
  });
});

describe('demographics: date-of-injury ranges', () => {
  it('does not take a visit date ending the line above a "DOI:" field as the injury date', () => {
    const dois = (text: string) => run(text).filter((c) => c.type === 'date_of_injury').map((c) => c.type === 'date_of_injury' && c.value.date);
    expect(dois('PR-2 follow-up\nVisit date: 11/04/2026\nDOI: 7/9/24\nS: low back pain.')).toEqual(['2024-07-09']);
    expect(dois('Injured 11/04/2025 (date of injury) lifting a crate.')).toContain('2025-11-04');
  });

  it('takes the end of a cumulative-trauma range written as a date of injury', () => {
    expect(first('He developed wrist pain at work, with a cumulative trauma date of injury of 02/02/2013 to 02/02/2015.', 'date_of_injury')).toMatchObject({ date: '2015-02-02', cumulative: true });
    expect(first('DOI: 01/05/2010 to 03/04/2012 (CT).', 'date_of_injury')).toMatchObject({ date: '2012-03-04' });
  });
});

describe('demographics: abbreviated age and sex', () => {
  it.each([
    ['56 yom presents for follow up of low back pain.', 56, 'male'],
    ['A 27-yo male with neck pain.', 27, 'male'],
    ['Patient: 56 y/o F with knee pain.', 56, 'female'],
    ['44 yof here for recheck of the wrist.', 44, 'female'],
    ['The patient is a 61 y.o. woman.', 61, 'female'],
  ])('%s -> %i %s', (text, years, sex) => {
    expect(first(text, 'age')).toEqual({ years });
    expect(first(text, 'sex')).toEqual({ sex });
  });
  it('reads labelled age and sex fields', () => {
    expect(first('age: 43', 'age')).toEqual({ years: 43 });
    expect(first('AGE 47, SEX F', 'sex')).toEqual({ sex: 'female' });
    expect(first('Gender: M. Age: 39.', 'sex')).toEqual({ sex: 'male' });
  });
  it('does not take an F or M that follows no age or label', () => {
    expect(first('Temperature 98.6 F, he reports pain.', 'sex')).toEqual({ sex: 'male' });
  });
});

describe('demographics: age with typographic hyphens', () => {
  it.each([
    ['This is a 52\u2011year\u2011old woman.', 52],
    ['A 47\u2013year\u2013old man presents.', 47],
    ['Patient is a 39 year-old male carpenter.', 39],
  ])('%s -> %i', (text, years) => {
    expect(first(text, 'age')).toEqual({ years });
  });
});

describe('demographics: form headers', () => {
  it('reads age from a birth date with the age in parentheses', () => {
    expect(first('DOB: 03/14/1988 (38 y)\nDOI: 02/01/2025', 'age')).toEqual({ years: 38 });
    expect(first('Date of birth 1/2/1970 (age 56)', 'age')).toEqual({ years: 56 });
  });
  it('reads "44F" and "36M" after a name or at a line start, not distances', () => {
    expect(first('Jane Roe, 44F, right-handed cashier.', 'age')).toEqual({ years: 44 });
    expect(first('Jane Roe, 44F, right-handed cashier.', 'sex')).toEqual({ sex: 'female' });
    expect(first('36M\nChief complaint: neck pain', 'sex')).toEqual({ sex: 'male' });
    expect(first('The patient walked 10m in the hallway with a cane.', 'age')).toBeUndefined();
  });
  it('reads "Age: 52" and "Sex: F" form fields', () => {
    expect(first('Name: Pat Doe   Age: 52   Sex: F', 'age')).toEqual({ years: 52 });
    expect(first('Name: Pat Doe   Age: 52   Sex: F', 'sex')).toEqual({ sex: 'female' });
  });
});

describe('demographics: form headers and openers', () => {
  it.each([
    ['Age/Sex: 61/F', 61, 'female'],
    ['AGE / GENDER: 33 / M', 33, 'male'],
    ['Sex/Age: M/47', 47, 'male'],
    ['Gender: Female. Age: 39.', 39, 'female'],
  ])('%s', (text, age, sex) => {
    expect(first(text, 'age')).toEqual({ years: age });
    expect(first(text, 'sex')).toEqual({ sex });
  });

  it('reads an age after a titled name, but not a list of numbers', () => {
    expect(first('Ms. Alvarez, 47, returns for a recheck of her wrist.', 'age')).toEqual({ years: 47 });
    expect(first('Mr. Chen, 3 visits so far.', 'age')).toBeUndefined();
    expect(first('Age: 24.5 months of symptoms', 'age')).toBeUndefined();
  });
});

describe('demographics: compact PR-2 headers and relatives\' ages', () => {
  it.each<[string, number, string]>([
    ['Pt: F, 48 yrs, forklift driver\nShe reports wrist pain.', 48, 'female'],
    ['Patient: 63 y/o, M\nLow back pain.', 63, 'male'],
    ['PR-2 REVIEW\n39M, line cook, DOI 6/5/2023\nBurn to the hand.', 39, 'male'],
    ['Visit note\n61F, bus driver\nNeck pain after a collision.', 61, 'female'],
  ])('%s', (text, age, sex) => {
    expect(first(text, 'age')).toEqual({ years: age });
    expect(first(text, 'sex')).toEqual({ sex });
  });

  it('does not take a child\'s or grandchild\'s age as the worker\'s', () => {
    expect(first('She lifts her 4yo granddaughter daily. Pain 6/10.', 'age')).toBeUndefined();
    expect(first('He coaches his son, age 11, on weekends.', 'age')).toBeUndefined();
    expect(first('Pt: M, 55 yrs, plumber\nHis 2-year-old grandson lives with him.', 'age')).toEqual({ years: 55 });
    // A boy who is the patient keeps his age.
    expect(first('A 9-year-old boy fell from a swing.', 'age')).toEqual({ years: 9 });
  });

  it('does not read a distance or a duration after a sex word as an age', () => {
    expect(first('He walked 30m, then rested.', 'age')).toBeUndefined();
    expect(first('Female, 40 minutes of stretching daily.', 'age')).toBeUndefined();
  });
});

describe('demographics: compact headers, round 2 (age and sex letter apart, mid-line pairs, redacted names)', () => {
  it.each<[string, number, string]>([
    ['Pt: 41 M, forklift driver.\nLow back pain after lifting.', 41, 'male'],
    ['Patient: 29 F\nRight wrist pain.', 29, 'female'],
    ['DOI 03/04/2025. 37F nurse aide. Slipped on a wet floor at work.', 37, 'female'],
    ['Claim 12345. 52M roofer. Fell from a ladder.', 52, 'male'],
    ['Ms. [redacted], 63, school cook, cumulative trauma to both wrists.', 63, 'female'],
    ['Mr. J. R. Okafor, 58, bus mechanic, right shoulder strain.', 58, 'male'],
  ])('%s', (text, age, sex) => {
    expect(first(text, 'age')).toEqual({ years: age });
    expect(first(text, 'sex')).toEqual({ sex });
  });

  it.each([
    'Room 12, 3rd floor, treatment area B.',
    'Rx #60, 2 refills.',
    'Fusion at L4-5, 2 levels above the prior hardware.',
    'Repeat x 24, plus a home program.',
    'Her daughter, 12, was in the car with her.',
    'Ms. Tran, 12 visits so far, reports less pain.',
    'Vitals stable. 16F catheter placed. 20M walk test done. 40M at a time.',
    'Pt: 41 min of treadmill walking today.',
  ])('reads no worker age in "%s"', (text) => {
    expect(first(text, 'age')).toBeUndefined();
  });
});

describe('the patient described as a child or parent is still the patient', () => {
  const ages = (text: string) => run(text).flatMap((c) => (c.type === 'age' ? [c.value.years] : []));
  it.each([
    ['This 4-year-old child had tubes placed for recurrent otitis media.', 4],
    ['She is a pleasant 36-year-old mother of three with chest pain.', 36],
  ])('%s', (text, years) => {
    expect(ages(text)).toEqual([years]);
  });

  it('still gives a possessed relative his own age', () => {
    expect(ages('A 52-year-old man who has a 6-year-old daughter.')).toEqual([52]);
  });
});
