import { describe, expect, it } from 'vitest';
import { priorRows, type Row } from './prior-rows.ts';

// Other fields, round 4 of the fifth session, in our own sentences: advice and instructions to do
// something are not care received; a supervised treatment and a home program joined by a slash or
// "and" share one count, which is the supervised treatment's; a steroid injection into the thumb.

describe('advice is not care received', () => {
  it.each([
    'He was advised to wear night splints.',
    'She was instructed to use ice.',
    'He was recommended to start a walking program.',
    'She was told to use a wrist brace at night.',
    'Dr. Lee advised her to wear night splints.',
    'Pt instructed to wear the brace at all times.',
    'Advised to use ice 20 minutes three times a day.',
    'She was counseled to perform stretching exercises at home.',
    'He was advised to try acupuncture.',
    'She was advised to attend physical therapy but never went.',
    'She was asked to use heat at home.',
    'He was given instructions to use ice at home.',
    'Patient was advised to rest and use ice.',
  ])('%s is no prior treatment', (text) => {
    expect(priorRows(text)).toEqual([]);
  });

  it.each<[string, Row[]]>([
    // Done as advised, taught at a visit, or kept up: received.
    ['He has been wearing night splints as advised.', [['bracing_dme', null, null]]],
    ['She has been icing the knee as instructed.', [['heat_cold', null, null]]],
    ['He uses the TENS unit daily as recommended.', [['tens', null, null]]],
    ['He was instructed in a home exercise program.', [['home_exercise', null, null]]],
    ['He was encouraged to continue his home exercise program.', [['home_exercise', null, null]]],
    ['She was instructed to continue using her TENS unit.', [['tens', null, null]]],
    ['He was told to continue wearing the wrist brace.', [['bracing_dme', null, null]]],
    ['She was given a wrist splint and advised to wear it at night.', [['bracing_dme', null, null]]],
    // Advice in one clause does not undo care the next one says was had.
    ['She was advised to use ice and has completed 6 PT visits.', [['physical_therapy', 6, 'exact']]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});

describe('a supervised treatment and a home program sharing one count', () => {
  it.each<[string, Row[]]>([
    ['PT/home exercise: 12 visits.', [['physical_therapy', 12, 'exact'], ['home_exercise', null, null]]],
    ['PT/HEP x 12.', [['physical_therapy', 12, 'exact'], ['home_exercise', null, null]]],
    ['Physical therapy/home exercise program: 10 sessions.', [['physical_therapy', 10, 'exact'], ['home_exercise', null, null]]],
    ['PT and home exercise: 8 visits.', [['physical_therapy', 8, 'exact'], ['home_exercise', null, null]]],
    ['PT & HEP x 8.', [['physical_therapy', 8, 'exact'], ['home_exercise', null, null]]],
    ['Chiropractic/ice: 6 sessions.', [['chiropractic', 6, 'exact'], ['heat_cold', null, null]]],
    ['She had 12 visits of PT/HEP.', [['physical_therapy', 12, 'exact'], ['home_exercise', null, null]]],
    ['Home exercise/PT: 12 visits.', [['home_exercise', null, null], ['physical_therapy', 12, 'exact']]],
    ['Treatment to date: PT/home exercise: 12 visits; acupuncture x 6.', [['physical_therapy', 12, 'exact'], ['home_exercise', null, null], ['acupuncture', 6, 'exact']]],
    ['PT/home exercise.', [['physical_therapy', null, null], ['home_exercise', null, null]]],
    // Two home measures: the count stays with the pair's own name.
    ['Ice/heat x 10.', [['heat_cold', 10, 'exact']]],
    // PT/OT is one name; PT/INR and PT/PTT are clotting tests.
    ['PT/OT: 20 visits.', [['physical_therapy', 20, 'exact']]],
    ['PT/INR were normal.', [['lab_testing', null, null]]],
    ['Labs: PT/PTT within normal limits.', [['lab_testing', null, null]]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});

describe('a steroid injection into the thumb', () => {
  // The guide names joints for injection_joint and gives no rule for a bare "thumb"; the lexicon
  // reads a named soft-tissue site (trigger thumb, first dorsal compartment) as injection_other.
  it.each<[string, Row[]]>([
    ['Steroid injection L thumb CMC joint x1.', [['injection_joint', 1, 'exact']]],
    ['Steroid injection L thumb for trigger thumb x1.', [['injection_other', 1, 'exact']]],
    ['Cortisone injection to the right first dorsal compartment x2.', [['injection_other', 2, 'exact']]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});
