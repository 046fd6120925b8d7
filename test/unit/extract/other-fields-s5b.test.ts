import { describe, expect, it } from 'vitest';
import { dxCoded, dxNames } from './fact-readers.ts';
import { priorRows, type Row } from './prior-rows.ts';

// Other fields, round 2 of the fifth session, in our own sentences: qualifiers after a comma that
// stay with their diagnosis, qualified and abbreviated diagnosis headers, tooth numbers, the verb
// "diagnosed" with what was ruled out, code-only lines, visit statements and social history under
// a diagnosis header; and prior-treatment counts hedged by the worker, ordinals in brackets,
// programs counted in days or weeks, counts that belong to the next treatment, and form flags.

describe('a trailing qualifier stays with its diagnosis', () => {
  it.each<[string, string[]]>([
    ['Diagnoses: Left hip osteoarthritis, post-traumatic; cervical strain.', ['Left hip osteoarthritis, post-traumatic', 'cervical strain']],
    ['DIAGNOSES:\n1. Full-thickness tear right infraspinatus, traumatic\n2. Lumbar strain', ['Full-thickness tear right infraspinatus, traumatic', 'Lumbar strain']],
    ['Diagnoses: Tear of medial meniscus, left knee, current injury.', ['Tear of medial meniscus, left knee, current injury']],
    ['Assessment: Post-traumatic headache, not intractable.', ['Post-traumatic headache, not intractable']],
    ['IMPRESSION: 1. Right hip osteoarthritis, posttraumatic. 2. Low back pain.', ['Right hip osteoarthritis, posttraumatic', 'Low back pain']],
    ['Diagnoses: Distal radius fracture, left, displaced, closed; lumbar strain.', ['Distal radius fracture, left, displaced, closed', 'lumbar strain']],
    // Cut off by a semicolon, a qualifier alone names nothing.
    ['Diagnoses: post-traumatic; lumbar strain.', ['lumbar strain']],
    // Inside a name it is the name's own word.
    ['Diagnoses include chronic pain syndrome, post-traumatic stress disorder and insomnia.', ['chronic pain syndrome', 'post-traumatic stress disorder', 'insomnia']],
  ])('%s', (text, names) => {
    expect(dxNames(text)).toEqual(names);
  });
  it('keeps the code of a name whose tail is a course or title phrase', () => {
    expect(dxCoded('Assessment: Post-traumatic headache, not intractable.')).toEqual([['Post-traumatic headache, not intractable', 'G44.309']]);
    expect(dxCoded('Diagnoses: Left shoulder sprain, current injury.')[0][1]).toBe('S43.402A');
  });
});

describe('diagnosis headers with qualifiers and abbreviations', () => {
  it.each<[string, string[]]>([
    ['Review of records. Diagnoses on file: lumbar strain; cervical sprain; left wrist contusion. PT was given.', ['lumbar strain', 'cervical sprain', 'left wrist contusion']],
    ['Summary of records. Dx (per PTP note 10/02/2025): lumbar radiculopathy; left knee sprain. Treatment has included PT.', ['lumbar radiculopathy', 'left knee sprain']],
    ['He reports headaches.\nIMP:\n1. Postconcussional syndrome (F07.81)\n2. Cervical strain (S16.1XXA)\nPLAN: PT.', ['Postconcussional syndrome', 'Cervical strain']],
    ['IMP: lumbar strain, right knee sprain.', ['lumbar strain', 'right knee sprain']],
    ['Diagnoses on file:\n1. Lumbar strain\n2. Left knee sprain\nWork status: modified duty.', ['Lumbar strain', 'Left knee sprain']],
    ['Imp: 1. Lumbar strain. 2. Right knee sprain.', ['Lumbar strain', 'Right knee sprain']],
    ['IMPRESSION:\n1. S/P left shoulder arthroscopy with labral repair\n2. Left shoulder adhesive capsulitis', ['S/P left shoulder arthroscopy with labral repair', 'Left shoulder adhesive capsulitis']],
  ])('%s', (text, names) => {
    expect(dxNames(text)).toEqual(names);
  });
  it('keeps the codes of an abbreviated impression', () => {
    expect(dxCoded('IMP:\n1. Postconcussional syndrome (F07.81)\n2. Lumbar strain')).toEqual([['Postconcussional syndrome', 'F07.81'], ['Lumbar strain', 'S39.012A']]);
  });
});

describe('tooth and rib numbers stay with their item', () => {
  it.each<[string, string[]]>([
    ['Diagnoses: cervical strain; lumbar strain; fractured tooth #14.', ['cervical strain', 'lumbar strain', 'fractured tooth #14']],
    ['Diagnoses: fractured tooth #30; jaw contusion.', ['fractured tooth #30', 'jaw contusion']],
    ['Diagnoses: Fractured teeth #8 and #9, facial contusion.', ['Fractured teeth #8 and #9', 'facial contusion']],
  ])('%s', (text, names) => {
    expect(dxNames(text)).toEqual(names);
  });
  it('still drops a dispensed quantity from an assessment line', () => {
    expect(dxNames('Assessment: 1. Lumbar strain. 2. Naproxen 550 mg #60.')).toEqual(['Lumbar strain']);
  });
});

describe('the verb "diagnosed" and what was ruled out', () => {
  it.each<[string, string[]]>([
    ['The treating physician diagnosed lumbago and right sacroiliac joint dysfunction and ruled out lumbar radiculopathy.', ['lumbago', 'right sacroiliac joint dysfunction']],
    ['The QME diagnosed cervical strain, ruled out thoracic outlet syndrome, and deferred psychiatric issues.', ['cervical strain']],
    ['Dr. Ruiz initially diagnosed right lateral epicondylitis but ruled out cubital tunnel syndrome.', ['right lateral epicondylitis']],
    ['Dr. Patel diagnosed her with carpal tunnel syndrome.', ['carpal tunnel syndrome']],
    ['The neurologist diagnosed a concussion in March.', ['concussion']],
    ['She was diagnosed with lumbar strain in 2019 and cervical strain in May 2020.', ['lumbar strain', 'cervical strain']],
    // The clinician's next act ends the list.
    ['At that visit Dr. Lee diagnosed left wrist sprain (842.00) and ordered an MRI study.', ['left wrist sprain']],
  ])('%s', (text, names) => {
    expect(dxNames(text)).toEqual(names);
  });
  it.each([
    'He was diagnosed in 2019 after an MRI.',
    'The physician diagnosed and treated the sprain.',
  ])('%s names no diagnosis by the verb', (text) => {
    expect(dxNames(text)).toEqual([]);
  });
  it('reads past a dated operation to the last conjunct of a treated-for list', () => {
    expect(dxNames('She has been treated for left shoulder rotator cuff tear, status post arthroscopic repair on 5-9-2023, and left shoulder adhesive capsulitis.'))
      .toEqual(['left shoulder rotator cuff tear', 'status post arthroscopic repair', 'left shoulder adhesive capsulitis']);
    expect(dxNames('He was treated for left knee medial meniscus tear, s/p arthroscopy on 01/15/2023, and left knee chondromalacia.'))
      .toEqual(['left knee medial meniscus tear', 's/p arthroscopy', 'left knee chondromalacia']);
  });
  it('still ends a list at the date of the injury', () => {
    expect(dxNames('She was treated for lumbar strain on 02/02/2022 and returned to work.')).toEqual(['lumbar strain']);
  });
});

describe('lines under a diagnosis header that are no diagnoses', () => {
  it.each<[string, string[]]>([
    // Codes alone: the ICD lexicon has names, not titles, so a bare code names no diagnosis.
    ['Tx dx (ICD-10): S92.301D, M25.572', []],
    ['DIAGNOSES:\nM54.16\nS39.012A', []],
    ['Dx: Lumbar strain.\nTreatment #4 of 8 authorized completed today.', ['Lumbar strain']],
    ['Diagnoses: Cervical strain.\nVisit #3 of 6.', ['Cervical strain']],
    ['PMH: Hypertension. Nonsmoker.', ['Hypertension']],
    ['Past medical history: asthma; former smoker, quit 2016.', ['asthma']],
    ['PMH: diabetes, non-smoker, social drinker.', ['diabetes']],
    ['PMH: Ex-smoker, quit 10 years ago; gout.', ['gout']],
    ['PMH: Smoker, 1 ppd; hypertension.', ['hypertension']],
    // A disorder of tobacco use, or a disease put down to it, is a diagnosis.
    ['PMH: Tobacco use disorder; hypertension.', ['Tobacco use disorder', 'hypertension']],
    ['PMH: COPD from smoking; hypertension.', ['COPD from smoking', 'hypertension']],
  ])('%s', (text, names) => {
    expect(dxNames(text)).toEqual(names);
  });
});

describe('an assessment item ends at its status remark', () => {
  it.each<[string, string[]]>([
    ['Assessment: R knee medial meniscus tear, s/p partial meniscectomy, progressing well; remaining deficits in squatting and kneeling.', ['R knee medial meniscus tear, s/p partial meniscectomy']],
    ['Assessment: Right shoulder impingement, s/p subacromial decompression, tolerating progression well; continued limits with overhead reach.', ['Right shoulder impingement, s/p subacromial decompression']],
    ['Assessment: Left ankle sprain, improving, progressing as expected.', ['Left ankle sprain, improving']],
  ])('%s', (text, names) => {
    expect(dxNames(text)).toEqual(names);
  });
});

describe('prior counts: estimates, ordinals, remarks, totals', () => {
  it.each<[string, Row[]]>([
    ['She has had acupuncture in the past; she thinks she had "about a dozen".', [['acupuncture', 12, 'approx']]],
    ['He tried chiropractic care years ago; he recalls he had maybe 10.', [['chiropractic', 10, 'approx']]],
    ['She had massage therapy; she believes she had "six or so" sessions.', [['massage', 6, 'approx']]],
    ['Prior injections: cervical ESI (C5-6, 3rd overall) on 05/02/2025.', [['injection_epidural', 3, 'exact']]],
    ['Lumbar ESI (L4-5, second overall) in 01/2025 gave 50% relief.', [['injection_epidural', 2, 'exact']]],
    ['Treatment to date: PT x 12; Injections (# 2 - L shoulder subacromial) with temporary relief.', [['physical_therapy', 12, 'exact'], ['injection_joint', 2, 'exact']]],
    ['Physical therapy progress note. Today = visit #7 of 12 approved.', [['physical_therapy', 7, 'exact']]],
    ['He has had more than 15 chiro visits.', [['chiropractic', 15, 'at_least']]],
    ['She had chiropractic care in 2022 and again in 2024 for a total of about 30.', [['chiropractic', 30, 'approx']]],
    ['Physical therapy re-exam. Re-exam #2 (visits 1-10 complete).', [['physical_therapy', 10, 'exact']]],
    ['Acupuncture has helped, six sessions to date.', [['acupuncture', 6, 'exact']]],
    ['Chiropractic has been helpful, 8 visits so far.', [['chiropractic', 8, 'exact']]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
  it.each<[string, Row[]]>([
    ['She had acupuncture; she states she is not sure how many.', [['acupuncture', null, null]]],
    // A weekly frequency is no count.
    ['Physical therapy was helpful, 2 times a week.', [['physical_therapy', null, null]]],
  ])('%s has no count', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});

describe('prior counts of programs in their own unit', () => {
  it.each<[string, Row[]]>([
    ['He completed a functional restoration program 10 days.', [['functional_restoration', 10, 'exact']]],
    ['Functional restoration program: Completed 18 days (108 hrs) of 30 authorized.', [['functional_restoration', 18, 'exact']]],
    ['Functional restoration program. Completed: 4 of 6 weeks.', [['functional_restoration', 4, 'exact']]],
    ['She completed 6 weeks of a functional restoration program.', [['functional_restoration', 6, 'exact']]],
    ['He participated in a work conditioning program for 4 weeks.', [['work_hardening', 4, 'exact']]],
    ['Treatment to date: PT x 12; work hardening 15 days; acupuncture.', [['physical_therapy', 12, 'exact'], ['work_hardening', 15, 'exact'], ['acupuncture', null, null]]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
  it.each([
    'He attended the FRP 5 days a week.',
    'She completed a functional restoration program in 2021.',
  ])('%s has no count', (text) => {
    expect(priorRows(text)).toEqual([['functional_restoration', null, null]]);
  });
});

describe('a count belongs to the treatment it stands before', () => {
  it.each<[string, Row[]]>([
    ['He underwent manipulation under anesthesia on 08-01-2023 and a total of 36 PT visits.', [['surgery', null, null], ['physical_therapy', 36, 'exact']]],
    ['She had knee arthroscopy in 2022 and a total of 24 PT visits afterward.', [['surgery', null, null], ['physical_therapy', 24, 'exact']]],
    ['He had 2 surgeries and a total of 30 acupuncture sessions.', [['surgery', 2, 'exact'], ['acupuncture', 30, 'exact']]],
    // One item per line, run together: each "x N" is its own item's.
    ['Treatment to date: PT x 12 Chiro x 6', [['physical_therapy', 12, 'exact'], ['chiropractic', 6, 'exact']]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});

describe('a bare 1 on a form flags the item, it counts no sessions', () => {
  it.each<[string, Row[]]>([
    ['Treatment to date: Acupuncture: 1, PT: 12.', [['acupuncture', null, null], ['physical_therapy', 12, 'exact']]],
    ['Points used: LI4, ST36. Acupuncture: 1', [['acupuncture', null, null]]],
    // With its unit it is a session.
    ['Treatment to date: Acupuncture: 1 session, PT: 12.', [['acupuncture', 1, 'exact'], ['physical_therapy', 12, 'exact']]],
    ['Treatment to date: acupuncture 6, massage 4.', [['acupuncture', 6, 'exact'], ['massage', 4, 'exact']]],
  ])('%s', (text, rows) => {
    expect(priorRows(text)).toEqual(rows);
  });
});
