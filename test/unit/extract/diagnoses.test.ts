import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createDiagnosesExtractor } from '../../../src/extract/diagnoses.ts';
import { toFacts } from '../../../src/extract/provenance.ts';
import { isAsserted } from '../../../src/report/assertion.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';
import type { Fact } from '../../../src/core/fact.ts';

const analyze = createAnalyzer();
const extractor = createDiagnosesExtractor({});

/** Asserted diagnoses of a text as [name, icd10] pairs. */
function diagnoses(text: string): [string, string | null][] {
  const ad = analyze(createDocument({ id: 'doc-1', source: 't.txt', kind: 'text', pages: [{ text }] }));
  const facts = toFacts(ad, extractor.extract(ad)).map((f, i) => ({ ...f, id: `f-${i}` }) as Fact).filter(isAsserted);
  return facts.map((f) => {
    const v = f.value as { name: string; icd10: string | null };
    return [v.name, v.icd10];
  });
}
const names = (text: string) => diagnoses(text).map(([n]) => n);

describe('diagnoses extractor', () => {
  it('splits a "treated for" list on commas and "and"', () => {
    expect(names('A 40 year old man. He is being treated for lumbar strain, left wrist sprain and insomnia. He works.'))
      .toEqual(['lumbar strain', 'left wrist sprain', 'insomnia']);
  });

  it('keeps anatomy-only pieces with their neighbour', () => {
    expect(names('Diagnoses include bruising of the face, scalp and neck; cervical and lumbar spine strain.'))
      .toEqual(['bruising of the face, scalp and neck', 'cervical and lumbar spine strain']);
    expect(names('She was diagnosed with right and left elbow sprain.')).toEqual(['right and left elbow sprain']);
  });

  it('does not split protected phrases or sprain/strain pairs', () => {
    expect(names('The current diagnoses are documented as strain of muscle, fascia and tendon at neck level and knee sprains and strains.'))
      .toEqual(['strain of muscle, fascia and tendon at neck level', 'knee sprains and strains']);
  });

  it('reads a bracketed list after "current diagnoses"', () => {
    expect(names('There is documentation of findings, current diagnoses (cervical disc disorder and cervical facet syndrome), and treatment to date.'))
      .toEqual(['cervical disc disorder', 'cervical facet syndrome']);
  });

  it('takes a stated code, else a confident lexicon code, else null', () => {
    expect(diagnoses('Diagnoses include low back pain (M54.5); chronic thumb ache.')).toEqual([
      ['low back pain', 'M54.5'],
      ['chronic thumb ache', null],
    ]);
    expect(diagnoses('He was diagnosed with right carpal tunnel syndrome.')).toEqual([['right carpal tunnel syndrome', 'G56.01']]);
    expect(diagnoses('He was diagnosed with low back pain with back strain.')).toEqual([['low back pain with back strain', null]]);
  });

  it('splits coded note lists at the codes only', () => {
    expect(diagnoses('PRE-OP DIAGNOSES:\nNeck pain - 723.1, Facet arthropathy, cervical - 721.0.\n'))
      .toEqual([['Neck pain', '723.1'], ['Facet arthropathy, cervical', '721.0']]);
  });

  it('reads numbered section lists and past history, skipping narrative, procedures and "none"', () => {
    const note = [
      'IMPRESSION:',
      '1. Left L5 radiculopathy.',
      '2. Opioid dependence.',
      'The patient was counselled at length.',
      'PAST MEDICAL HISTORY: Significant for asthma, gout, and appendectomy.',
      'SOCIAL HISTORY: Unremarkable.',
    ].join('\n');
    expect(names(note)).toEqual(['Left L5 radiculopathy', 'Opioid dependence', 'asthma', 'gout']);
  });

  it('drops ruled-out and denied conditions; a list item keeps its own "possible" as written', () => {
    expect(names('ASSESSMENT:\n1. Rule out meniscal tear.\n2. Knee effusion.\n3. No fracture.\n')).toEqual(['Knee effusion']);
    expect(names('He was diagnosed with gout and possible bursitis.')).toEqual(['gout', 'possible bursitis']);
    expect(names('The doctor suspected he may be diagnosed with gout.')).toEqual([]);
  });

  it('reads headers run into a line, with or without a colon ("IMPRESSION ,1.", "DIAGNOSES,1.")', () => {
    expect(names('Gait is slow.,IMPRESSION ,1.  Gout of the right toe.,2.  Anemia.,PLAN: , Rest.')).toEqual(['Gout of the right toe', 'Anemia']);
    expect(names('PREOPERATIVE DIAGNOSES,1.  Trigger thumb, left hand.,2.  Ganglion cyst.')).toEqual(['Trigger thumb, left hand', 'Ganglion cyst']);
  });

  it('keeps a side-and-site tail with its item ("cataract, left eye", "burns, right arm secondary to ...")', () => {
    expect(names('POSTOPERATIVE DIAGNOSIS: Dense cortical cataract, right eye.')).toEqual(['Dense cortical cataract, right eye']);
    expect(names('FINAL DIAGNOSIS:\n1. Second-degree and third-degree burns, left hand secondary to a steam leak.\n'))
      .toEqual(['Second-degree and third-degree burns, left hand secondary to a steam leak']);
    expect(names('IMPRESSION:\n1. Neck strain, with radiating arm symptoms.\n2. Rib pain, unmanageable with oral medication.\n'))
      .toEqual(['Neck strain, with radiating arm symptoms', 'Rib pain, unmanageable with oral medication']);
  });

  it('reads IME condition sections and indications, but not "positive for" findings', () => {
    const note = 'ALLOWED CONDITIONS:,  Left wrist sprain, tear of the TFCC.,CONTESTED CONDITION:,  Ganglion cyst.,EMPLOYER:,  ABC.';
    expect(names(note)).toEqual(['Left wrist sprain', 'tear of the TFCC', 'Ganglion cyst']);
    expect(names('INDICATIONS: , Patient with complex regional pain syndrome type I, left side.  Positive for allodynia and swelling.'))
      .toEqual(['complex regional pain syndrome type I, left side']);
  });

  it('reads history openers, stopping where the clause goes on', () => {
    expect(names('She has a longstanding history of gout, asthma and migraine, who walks daily.')).toEqual(['gout', 'asthma', 'migraine']);
    expect(names('His past medical history includes TIA, diabetes mellitus, and a knee replacement.')).toEqual(['TIA', 'diabetes mellitus']);
    expect(names('He has a history of gambling problems, he was fined twice.')).toEqual(['gambling problems']);
    expect(names('She denies any history of seizures.')).toEqual([]);
  });

  it('reads "presents for follow up of", "suffers from", "received treatment for" and "felt she had a"', () => {
    expect(names('The patient presents today for follow up of hip arthritis and a flexion deformity, doing well.'))
      .toEqual(['hip arthritis', 'flexion deformity']);
    expect(names('It was felt that he suffers from ulnar neuritis and trigger finger.')).toEqual(['ulnar neuritis', 'trigger finger']);
    expect(names('After the fall he received treatment from Dr. Lee for a wrist sprain.')).toEqual(['wrist sprain']);
    expect(names('The hand surgeon felt she had a ganglion cyst.')).toEqual(['ganglion cyst']);
    expect(names('QUESTION: Is the claimant suffering from tennis elbow?')).toEqual([]);
  });

  it('reads "N-year-old with A plus B" only in an assessment, and drops symptom durations', () => {
    expect(names('ASSESSMENT: , This is a pleasant 61-year-old with gout plus knee arthritis.  We discussed options.'))
      .toEqual(['gout', 'knee arthritis']);
    expect(names('HISTORY: , This is a 61-year-old man with right knee pain after a fall.')).toEqual([]);
    expect(names('ASSESSMENT: , A 7-month-old girl with 3 days of cough and 1 day of fever.')).toEqual([]);
  });

  it('keeps "status post X and <operation>" and level pairs whole; skips PT deficits', () => {
    expect(names('IMPRESSION:\n1. Status post right ankle fracture and open reduction internal fixation.\n2. Hypertension.\n'))
      .toEqual(['Status post right ankle fracture and open reduction internal fixation', 'Hypertension']);
    expect(names('DIAGNOSIS: Stenosing tenosynovitis of the second and third fingers at the A1 and A2 pulleys.'))
      .toEqual(['Stenosing tenosynovitis of the second and third fingers at the A1 and A2 pulleys']);
    expect(names('ASSESSMENT:\n1. Decreased strength.\n2. Increased pain.\n')).toEqual([]);
  });

  it('states a restated diagnosis once, in the wording of the formal list', () => {
    expect(names('HISTORY: He has a history of seizure and gout.\nIMPRESSION:\n1. Seizures.\n2. History of gout.\n'))
      .toEqual(['Seizures', 'History of gout']);
  });

  it('strips a leading ICD-9 code and splits a spaced dash in lists without codes', () => {
    expect(names('ALLOWED CONDITIONS:,  726.32 left lateral epicondylitis; 354.0 left carpal tunnel syndrome.'))
      .toEqual(['left lateral epicondylitis', 'left carpal tunnel syndrome']);
    expect(names('PREOPERATIVE DIAGNOSIS: Failed back syndrome - Low back pain with left leg radiculopathy.'))
      .toEqual(['Failed back syndrome', 'Low back pain with left leg radiculopathy']);
  });
});
