import { describe, expect, it } from 'vitest';
import { createPainReliefExtractor } from '../../../src/extract/pain-relief.ts';
import { dxCandidates, dxCoded, dxNames, medCandidates, medNames, painRatings } from './fact-readers.ts';
import { runExtractor } from './run-extractor.ts';

// Phenomena of PR-2 progress notes and IMR-style summaries, second round (issue #3), in our own
// sentences: code-first ICD-10 lines with their long titles, numbered assessment items with a
// comma qualifier, a code and a status, empty histories and visit reasons, "diagnoses have
// included"; drugs taken before, OTC topicals; ratings with and without medication, arrow
// changes, hours of sleep; "help" as relief.
const ratings = painRatings;
const relief = runExtractor(createPainReliefExtractor({}));
const reliefs = (text: string) => relief.asserted(text).map((f) => {
  const v = f.value as { percentLow: number; percentHigh: number; attributedTo: string | null };
  return [v.percentLow, v.percentHigh, v.attributedTo];
});

describe('code-first ICD-10 lines keep their whole title (1, 2)', () => {
  it('reads one code and title per line under an IMPRESSION header', () => {
    expect(dxCoded('PR-2 REPORT\nIMPRESSION:\nM54.16  Radiculopathy, lumbar region (L L5)\nM79.18 Myalgia, other site\nG89.29  Other chronic pain\nPLAN: Continue home exercises.'))
      .toEqual([
        ['Radiculopathy, lumbar region (L L5)', 'M54.16'],
        ['Myalgia, other site', 'M79.18'],
        ['Other chronic pain', 'G89.29'],
      ]);
  });

  it('keeps ", not elsewhere classified" and its bracketed site in the title', () => {
    expect(dxCoded('ASSESSMENT:\nG89.4  Chronic pain syndrome\nM96.1  Postlaminectomy syndrome, not elsewhere classified (lumbar)'))
      .toEqual([['Chronic pain syndrome', 'G89.4'], ['Postlaminectomy syndrome, not elsewhere classified (lumbar)', 'M96.1']]);
  });

  it('splits the items after a "not elsewhere classified" title', () => {
    expect(dxCandidates('IMPRESSION:\nM96.1  Postlaminectomy syndrome, not elsewhere classified (thoracic)\nM62.830 Muscle spasm of back'))
      .toEqual(['Postlaminectomy syndrome, not elsewhere classified (thoracic)', 'Muscle spasm of back']);
  });

  // "Not elsewhere classified" is part of an ICD-10-CM title (a pseudo-trigger in
  // context-triggers.yaml): it negates nothing after it.
  it('asserts the items after a "not elsewhere classified" title', () => {
    expect(dxNames('IMPRESSION:\nM96.1  Postlaminectomy syndrome, not elsewhere classified (thoracic)\nM62.830 Muscle spasm of back'))
      .toEqual(['Postlaminectomy syndrome, not elsewhere classified (thoracic)', 'Muscle spasm of back']);
  });

  it('keeps an encounter tail of an ICD-10-CM title', () => {
    expect(dxNames('ASSESSMENT:\nS82.61XD  Displaced fracture of lateral malleolus of right fibula, subsequent encounter for closed fracture with delayed healing\nM25.571  Pain in right ankle'))
      .toEqual(['Displaced fracture of lateral malleolus of right fibula, subsequent encounter for closed fracture with delayed healing', 'Pain in right ankle']);
  });
});

describe('numbered assessment items: comma qualifier, code, status (3)', () => {
  it('ends the name at its code, before the status remark', () => {
    expect(dxCoded('ASSESSMENT:\n1. Esophagitis, reflux-related (K21.0) - better on omeprazole\n2. Diabetes, worsened by steroid use (E11.9) - A1c pending'))
      .toEqual([['Esophagitis, reflux-related', 'K21.0'], ['Diabetes, worsened by steroid use', 'E11.9']]);
  });

  it('keeps a site after the comma with the diagnosis', () => {
    expect(dxNames('ASSESSMENT:\n1. Tendinopathy, left palm\n2. Myofascial pain, cervical paraspinals\n3. Trigger finger, R ring finger'))
      .toEqual(['Tendinopathy, left palm', 'Myofascial pain, cervical paraspinals', 'Trigger finger, R ring finger']);
  });

  it('needs no condition word for a numbered item under an assessment', () => {
    expect(dxNames('ASSESSMENT:\n1. Hallux valgus, bilateral\n2. Pes cavus, R foot\n3. Metatarsalgia, L forefoot'))
      .toEqual(['Hallux valgus, bilateral', 'Pes cavus, R foot', 'Metatarsalgia, L forefoot']);
  });

  it('still skips numbered remarks that name no condition', () => {
    expect(dxNames('A: 1. Patient tolerated treatment well. 2. Relief short-lived.')).toEqual([]);
    expect(dxNames('ASSESSMENT:\n1. Tolerated session well\n2. Home program reviewed')).toEqual([]);
  });

  it('keeps a lone side letter without a body part out of the name', () => {
    expect(dxNames('A - 1) Medial meniscus tear 2) Plantar fasciitis, L')).toEqual(['Medial meniscus tear', 'Plantar fasciitis']);
  });
});

describe('empty histories and visit reasons are no diagnoses (4)', () => {
  it.each([
    'PMH: neg.\nPSH: none',
    'Past medical history: Neg',
    'She returns today for follow-up of neck and right arm pain.',
    'He is seen today for re-evaluation of mid back and left hip pain.',
  ])('%s', (text) => expect(dxNames(text)).toEqual([]));

  it('keeps a condition named as the reason for the visit', () => {
    expect(dxNames('Seen today for follow-up of neck pain and cervical radiculopathy.')).toEqual(['cervical radiculopathy']);
  });
});

describe('"diagnoses have included" opens a list (5)', () => {
  it('reads the list with its status-post item', () => {
    expect(dxNames('Her diagnoses have included left cubital tunnel syndrome, status post left ulnar nerve transposition, right lateral epicondylitis and right trigger finger.'))
      .toEqual(['left cubital tunnel syndrome', 'status post left ulnar nerve transposition', 'right lateral epicondylitis', 'right trigger finger']);
  });
});

describe('medications taken before and topicals bought over the counter (6)', () => {
  it('finds drugs the patient stopped and still takes', () => {
    expect(medCandidates('MEDS: No longer taking naproxen, uses acetaminophen 2x/wk only (was naproxen 500 mg BID + acetaminophen daily before).'))
      .toEqual(['naproxen', 'acetaminophen', 'naproxen', 'acetaminophen']);
    expect(medCandidates('No longer on Tylenol #3 (stopped 2 months ago).')).toEqual(['Tylenol #3']);
  });

  // "No longer taking/using/on" says a drug was taken before (a historical trigger in
  // context-triggers.yaml), not that it never was.
  it('asserts drugs the patient no longer takes as prior medications', () => {
    expect(medNames('MEDS: No longer taking naproxen, uses acetaminophen 2x/wk only.')).toEqual(['naproxen', 'acetaminophen']);
  });

  it('keeps a drug named in a treatment-to-date list', () => {
    expect(medNames('Treatment to date has included chiropractic care, a home exercise program and naproxen.')).toEqual(['naproxen']);
  });

  it('keeps an OTC topical with its strength, but not a drug injected in a procedure', () => {
    expect(medNames('Subjective: neck pain 4/10. OTC lidocaine 4% patch to the neck at bedtime.')).toEqual(['lidocaine']);
    expect(medNames('She applies lidocaine 4% gel to the knee nightly.')).toContain('lidocaine');
    expect(medNames('The joint was injected with 2 mL of 1% lidocaine and 40 mg Kenalog.')).toEqual([]);
  });
});

describe('ratings with and without medication, arrows, hours of sleep (7-9)', () => {
  it('reads a sentence that opens with the qualifier', () => {
    expect(ratings('NRS 5/10 neck, 6/10 right arm. With medication 4/10, without medication 9/10.'))
      .toEqual([[5, 'current'], [6, 'current'], [4, 'with_medication'], [9, 'without_medication']]);
  });

  it('keeps a qualifier after the rating it follows', () => {
    expect(ratings('Pain is 8/10 without medications, 3/10 with medications.')).toEqual([[8, 'without_medication'], [3, 'with_medication']]);
  });

  it('reads an arrow change as the earlier and the current rating', () => {
    expect(ratings('Since last visit: neck pain 7->4/10.')).toEqual([[7, 'unspecified'], [4, 'current']]);
    expect(ratings('Knee pain 8/10 -> 5/10 since the last visit.')).toEqual([[8, 'unspecified'], [5, 'current']]);
  });

  it('takes no rating from hours of sleep', () => {
    expect(ratings('Back pain is better. Sleep improved to 6-7 hrs/night.')).toEqual([]);
    expect(ratings('Pain decreased; sleep improved to 7 hrs.')).toEqual([]);
  });
});

describe('"help" as relief (10)', () => {
  it('attributes the percentage to the device named', () => {
    expect(reliefs('The shoe inserts help about 40%.')).toEqual([[40, 40, 'bracing_dme']]);
    expect(reliefs('Wrist splint help roughly 25% at night.')).toEqual([[25, 25, 'bracing_dme']]);
  });
});
