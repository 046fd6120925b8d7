import { describe, expect, it } from 'vitest';
import { createDiagnosesExtractor } from '../../../src/extract/diagnoses.ts';
import { runExtractor } from './run-extractor.ts';

const { asserted } = runExtractor(createDiagnosesExtractor({}));

/** Asserted diagnoses of a text as [name, icd10] pairs. */
function diagnoses(text: string): [string, string | null][] {
  return asserted(text).map((f) => {
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

describe('diagnoses extractor: PR-2 progress note layouts', () => {
  it('reads a diagnosis section whose ALL-CAPS header has no colon', () => {
    expect(names('HISTORY The worker hurt her back lifting a crate.\nASSESSMENT Lumbar strain. Sacroiliac joint dysfunction.\nPLAN Return in 3 weeks.'))
      .toEqual(['Lumbar strain', 'Sacroiliac joint dysfunction']);
    expect(names('PAST MEDICAL HISTORY Asthma. Gout.\nFAMILY HISTORY Father with diabetes.')).toEqual(['Asthma', 'Gout']);
  });

  it('splits an unnumbered one-per-line list and stops at the next header', () => {
    expect(names('EXAM: Tender knee.\nIMPRESSION\nLeft knee sprain\nLeft patellar tendinitis\nWORK STATUS\nFull duty.'))
      .toEqual(['Left knee sprain', 'Left patellar tendinitis']);
    // A line that ends in a joining word is a wrap, not a new item.
    expect(names('IMPRESSION\nLumbar disc protrusion with\nRadiculopathy on the left\nPLAN: HEP.'))
      .toEqual(['Lumbar disc protrusion with Radiculopathy on the left']);
  });

  it('reads a numbered list whose items end in "- <ICD-10 code>" under "DX:"', () => {
    expect(diagnoses('DX:\n1. Cervical strain - S16.1XXA\n2. Thoracic myofascial pain - M79.18\nPLAN: HEP.'))
      .toEqual([['Cervical strain', 'S16.1XXA'], ['Thoracic myofascial pain', 'M79.18']]);
  });

  it('does not absorb the next section into the last diagnosis (ALL-CAPS or mixed-case label)', () => {
    expect(names('DIAGNOSES:\n1. Lumbar disc herniation L5-S1\n2. Lumbar radiculopathy\nMEDICATIONS: Meloxicam 15 mg daily, tizanidine 4 mg q.h.s. p.r.n. spasm.'))
      .toEqual(['Lumbar disc herniation L5-S1', 'Lumbar radiculopathy']);
    expect(names('A: Right wrist sprain\nMeds: Ibuprofen 600 tid\nP: Splint.')).toEqual(['Right wrist sprain']);
  });

  it('does not take a RECOMMENDATIONS line with a request as a diagnosis', () => {
    expect(names('DIAGNOSES\nChronic pain syndrome (G89.4)\nRECOMMENDATIONS Continue HEP, 1 x per week x 4 weeks.')).toEqual(['Chronic pain syndrome']);
  });

  it('splits a numbered list written on one line ("1. X (code) 2. Y (code)")', () => {
    expect(names('ASSESSMENT: 1. Left ankle sprain (S93.402A) 2. Left foot contusion (S90.32XA)\nPLAN: Ice.'))
      .toEqual(['Left ankle sprain', 'Left foot contusion']);
  });

  it('reads "the diagnostic impression was X and Y"', () => {
    expect(names('The diagnostic impression was lumbar sprain and right sacroiliitis. He takes ibuprofen.'))
      .toEqual(['lumbar sprain', 'right sacroiliitis']);
  });

  it('keeps spinal level ranges joined by "and" inside one diagnosis', () => {
    expect(names('She has been diagnosed with lumbar radiculopathy, lumbar disc bulging at L3-4 and L4-5, and muscle spasm.'))
      .toEqual(['lumbar radiculopathy', 'lumbar disc bulging at L3-4 and L4-5', 'muscle spasm']);
  });

  it('does not take a visit reason that describes a symptom as a diagnosis', () => {
    expect(names('SUBJECTIVE: The patient is a 40-year-old male who returns for follow-up of neck pain radiating to the right arm.\nDIAGNOSES: Cervical radiculopathy.'))
      .toEqual(['Cervical radiculopathy']);
    // A visit reason that names a diagnosis still counts.
    expect(names('She returns for follow-up of right carpal tunnel syndrome.')).toEqual(['right carpal tunnel syndrome']);
  });

  it('reads the SOAP "A:" line as the assessment, and only with its colon', () => {
    expect(names('S: Wrist pain 4/10.\nA: R wrist sprain w/ ganglion cyst\nP: Splint.')).toEqual(['R wrist sprain w/ ganglion cyst']);
    expect(names('A\nLeft wrist sprain')).toEqual([]);
  });
});

describe('diagnoses: held-out PR-2 enumerations', () => {
  it.each<[string, string[]]>([
    ['DIAGNOSES: (1) Lumbar strain (2) Right knee medial meniscus tear (3) Cervical radiculopathy',
      ['Lumbar strain', 'Right knee medial meniscus tear', 'Cervical radiculopathy']],
    ['ASSESSMENT: 1) Lumbar disc herniation 2) Left sciatica 3) Chronic pain syndrome',
      ['Lumbar disc herniation', 'Left sciatica', 'Chronic pain syndrome']],
    ['IMPRESSION: 1. Cervical strain 2. Lumbar radiculopathy 3. Anxiety', ['Cervical strain', 'Lumbar radiculopathy', 'Anxiety']],
    ['Diagnoses: A) Right elbow lateral epicondylitis B) Right wrist sprain', ['Right elbow lateral epicondylitis', 'Right wrist sprain']],
    ['DIAGNOSES: i. Lumbar strain ii. Knee sprain', ['Lumbar strain', 'Knee sprain']],
    ['The patient has the following diagnoses: (1) plantar fasciitis, left; (2) Achilles tendinitis; and (3) obesity.',
      ['plantar fasciitis, left', 'Achilles tendinitis', 'obesity']],
    ['Her diagnoses are as follows: 1) lumbar strain 2) right knee contusion 3) anxiety. She returns in 4 weeks.',
      ['lumbar strain', 'right knee contusion', 'anxiety']],
    ['Diagnoses include: 1. Cervical strain 2. Lumbar radiculopathy.', ['Cervical strain', 'Lumbar radiculopathy']],
  ])('splits a numbered list: %s', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it('keeps a lettered list\'s sides with their item, without the next letter', () => {
    expect(names('DIAGNOSES: a. Cervical radiculopathy, C6, left b. Lumbar spondylosis c. Right carpal tunnel syndrome'))
      .toEqual(['Cervical radiculopathy, C6, left', 'Lumbar spondylosis', 'Right carpal tunnel syndrome']);
    expect(names('DIAGNOSES:\na. Cervical disc protrusion at C5-6, left\nb. Right shoulder tendinitis\nc. Insomnia'))
      .toEqual(['Cervical disc protrusion at C5-6, left', 'Right shoulder tendinitis', 'Insomnia']);
  });

  it('leaves a lone letter or grade that is part of a name alone', () => {
    expect(names('DIAGNOSES: Lumbar strain, Vitamin D deficiency, Hepatitis B.')).toEqual(['Lumbar strain', 'Vitamin D deficiency', 'Hepatitis B']);
    expect(names('He was diagnosed with hepatitis C. He works.')).toEqual(['hepatitis C']);
    expect(names('ASSESSMENT: Lumbar spondylolisthesis grade 1. Chronic pain syndrome.')).toEqual(['Lumbar spondylolisthesis grade 1', 'Chronic pain syndrome']);
  });
});

describe('diagnoses: qualifiers, title headers, shared sites', () => {
  it('keeps qualifiers after a comma with their item', () => {
    expect(names('DIAGNOSES:\n1. Lumbar radiculopathy\n2. Hypertension, non-industrial\n3. Spondylolisthesis, L5-S1, grade 2'))
      .toEqual(['Lumbar radiculopathy', 'Hypertension, non-industrial', 'Spondylolisthesis, L5-S1, grade 2']);
  });

  it('reads a one-per-line list under a title-case header or a "Dx:" label', () => {
    expect(names('Diagnosis/Assessment:\n- Thoracic sprain/strain\n- Lumbar facet syndrome L3-S1'))
      .toEqual(['Thoracic sprain/strain', 'Lumbar facet syndrome L3-S1']);
    expect(names('S: Neck and back pain.\nDx: Thoracic sprain/strain\nLumbar facet syndrome L3-S1\nAdjustment disorder with anxious mood\nP: Continue HEP.'))
      .toEqual(['Thoracic sprain/strain', 'Lumbar facet syndrome L3-S1', 'Adjustment disorder with anxious mood']);
  });

  it('gives a lone condition after "and" the site of the item before it', () => {
    expect(names('She underwent arthroscopy of the left knee for left knee lateral meniscus tear and osteoarthritis.'))
      .toEqual(['left knee lateral meniscus tear', 'left knee osteoarthritis']);
    expect(names('He had one prior surgery for a left ovarian cystectomy in 2001.')).toEqual([]);
  });
});

describe('diagnoses: round 3 PR-2 phenomena', () => {
  it('keeps an operation or regimen after a comma with its item in a one-per-line list', () => {
    expect(names('DIAGNOSES:\n1. Left shoulder rotator cuff tear, status post arthroscopic repair\n2. Chronic pain syndrome, on long-term opioid therapy\n'))
      .toEqual(['Left shoulder rotator cuff tear, status post arthroscopic repair', 'Chronic pain syndrome, on long-term opioid therapy']);
    expect(names('Diagnosis: R ankle ligament tear, s/p lateral ligament reconstruction\n'))
      .toEqual(['R ankle ligament tear, s/p lateral ligament reconstruction']);
  });

  it('still splits a "status post" item off in a running-text list', () => {
    expect(names('The diagnoses include left knee arthritis, status post left knee arthroscopy and chronic knee pain.'))
      .toEqual(['left knee arthritis', 'status post left knee arthroscopy', 'chronic knee pain']);
  });

  it('reads a title header that names its code system, code first or code last', () => {
    expect(names('Diagnoses (ICD-10):\nM54.17 Radiculopathy, lumbosacral region\nM51.26 Other intervertebral disc displacement, lumbar region\n\nPlan: PT.'))
      .toEqual(['Radiculopathy, lumbosacral region', 'Other intervertebral disc displacement, lumbar region']);
    expect(names('DIAGNOSES (ICD-10):\n1. Medial epicondylitis, left elbow - M77.02\n2. Strain of left ankle - S96.912A\n'))
      .toEqual(['Medial epicondylitis, left elbow', 'Strain of left ankle']);
  });

  it('skips plan lines (a repeat procedure, a dosed drug) of an assessment/plan list', () => {
    expect(names('ASSESSMENT/PLAN:\n1. Repeat bilateral C5-6 and C6-7 medial branch blocks\n2. Hydrocodone 10/325 mg #60\n3. Cervical facet syndrome'))
      .toEqual(['Cervical facet syndrome']);
  });

  it('reads the conditions a therapy visit is for', () => {
    expect(names('Acupuncture visit for bilateral de Quervain tenosynovitis and bilateral thumb arthritis.'))
      .toEqual(['bilateral de Quervain tenosynovitis', 'bilateral thumb arthritis']);
    expect(names('Chiropractic treatment #4 of 8 today for cervical sprain. Pain improved.')).toEqual(['cervical sprain']);
    expect(names('Request authorization for additional acupuncture sessions for lumbar strain.')).toEqual([]);
  });
});

describe('diagnoses: title headers the sectioniser misses', () => {
  const body = '\n1. Thoracic outlet syndrome\n2. Ulnar neuritis, left elbow\nObjective: tender.';
  it.each(['Working diagnoses:', 'Diagnosis(es):', 'DX (ICD-10):', 'Diagnoses and ICD codes:', 'ICD-10 Diagnoses:'])('%s', (header) => {
    expect(names(`Subjective: doing fine.\n${header}${body}`)).toEqual(['Thoracic outlet syndrome', 'Ulnar neuritis, left elbow']);
  });
});

describe('diagnoses: code lists under an ICD header', () => {
  it('reads code-first lines under "ICD-10 CODES:" and keeps a paired-adjective name whole', () => {
    expect(names('ICD-10 CODES:\nS16.1XXA Strain of muscle of neck\nM99.03 Segmental and somatic dysfunction of lumbar region\n'))
      .toEqual(['Strain of muscle of neck', 'Segmental and somatic dysfunction of lumbar region']);
  });
});

describe('diagnoses: dispensing marks are not numbering', () => {
  it('drops a dosed drug line but keeps a numbered digit in a diagnosis', () => {
    expect(names('Assessment:\n1. Fracture of left ring finger #4\n2. Naproxen 550 mg #60\n')).toEqual(['Fracture of left ring finger #4']);
  });
});

describe('diagnoses: a form list ends at the next labelled field', () => {
  it('stops at a work-status, dispute or outcome field', () => {
    expect(names('PR-2 report\nDiagnoses:\nLumbar sprain\nLeft knee strain\nWork: modified duty, no lifting over 10 lbs\nFollow up in 4 weeks.'))
      .toEqual(['Lumbar sprain', 'Left knee strain']);
    expect(names('Diagnosis:\n1. Cervical strain\n2. Right shoulder impingement\nFunctional improvement: none noted this visit\nDisputed: left shoulder arthroscopy, post-op therapy, 8 visits'))
      .toEqual(['Cervical strain', 'Right shoulder impingement']);
    expect(names('Diagnoses: Thoracic strain. Status: TTD for two weeks.')).toEqual(['Thoracic strain']);
  });

  it('keeps a site label and an opening clause as part of the list', () => {
    expect(names('Impression:\nRight knee: medial meniscus tear\nLumbar strain')).toContain('Lumbar strain');
    expect(names('IMPRESSION: The study is abnormal. It shows the following:,1. A left ulnar neuropathy at the elbow.,2. Mild right median neuropathy at the wrist.'))
      .toEqual(['left ulnar neuropathy at the elbow', 'Mild right median neuropathy at the wrist']);
  });
});

describe('diagnoses: a qualifier after a comma stays with its item', () => {
  it('keeps "aggravated" and reads a three-character code in brackets', () => {
    expect(diagnoses('Diagnoses:\nEssential hypertension, aggravated (I10)\nLumbar strain (S39.012A)'))
      .toEqual([['Essential hypertension, aggravated', 'I10'], ['Lumbar strain', 'S39.012A']]);
    expect(names('Diagnoses: Gastritis, industrially aggravated (K29.70); insomnia.')).toEqual(['Gastritis, industrially aggravated', 'insomnia']);
  });

  it('does not add a shorter restatement from running text', () => {
    expect(names('Diagnoses:\nDiabetes mellitus type 2, exacerbated\nHe has a history of diabetes.')).toEqual(['Diabetes mellitus type 2, exacerbated']);
    expect(names('He was diagnosed with recurrent acoustic neuroma and acoustic neuroma of the left ear.'))
      .toEqual(['recurrent acoustic neuroma', 'acoustic neuroma of the left ear']);
  });
});

describe('diagnoses: summary paragraphs', () => {
  it.each([
    ['The claimant is a 50-year-old clerk who carries diagnoses of lumbago and left sacroiliac joint dysfunction.', ['lumbago', 'left sacroiliac joint dysfunction']],
    ['He has current working diagnoses of lumbar degenerative disc disease and right knee tendinosis.', ['lumbar degenerative disc disease', 'right knee tendinosis']],
    ['The assessment was lumbar spondylosis and right hip bursitis. Therapy was requested.', ['lumbar spondylosis', 'right hip bursitis']],
    ['Summary: a 48-year-old driver hurt on 1/2/2020. Diagnoses: cervical radiculopathy, right carpal tunnel syndrome, and chronic pain. Treatment has included PT.', ['cervical radiculopathy', 'right carpal tunnel syndrome', 'chronic pain']],
    ['Her diagnoses are noted to be lumbar facet arthropathy and left shoulder rotator cuff tendinosis.', ['lumbar facet arthropathy', 'left shoulder rotator cuff tendinosis']],
    ['Current diagnoses consist of cervical stenosis and left wrist sprain.', ['cervical stenosis', 'left wrist sprain']],
    ['The treating diagnoses are thoracic strain and depression.', ['thoracic strain', 'depression']],
  ])('reads %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not read an assessment that was performed as a diagnosis', () => {
    expect(names('The assessment was performed by the therapist.')).toEqual([]);
    expect(names('His impression was that she is improving.')).toEqual([]);
  });
});

describe('diagnoses: round 4 PR-2 phenomena', () => {
  it('leaves out a pain rating and a treatment with its outcome or count inside a diagnosis list', () => {
    expect(names('DIAGNOSES:\n1. Cervical strain.\n2. Occipital neuralgia.\n3. Greater occipital nerve blocks x2 in 2022 gave no lasting benefit.\n4. Pain level of 6, previously 8 before starting chiropractic care.'))
      .toEqual(['Cervical strain', 'Occipital neuralgia']);
    expect(names('IMPRESSION:\n1. Left L4 transforaminal ESI x3 with 50% relief.\n2. Pain rated 6/10 today.\n3. Lumbar spondylosis.'))
      .toEqual(['Lumbar spondylosis']);
  });

  it('keeps diagnoses that name a treatment without reporting it', () => {
    expect(names('IMPRESSION:\n1. Cervical radiculopathy improved after ESI.\n2. Failed back surgery syndrome.\n3. Status post L5-S1 fusion.\n4. Chronic pain on opioid therapy.'))
      .toEqual(['Cervical radiculopathy improved after ESI', 'Failed back surgery syndrome', 'Status post L5-S1 fusion', 'Chronic pain on opioid therapy']);
  });

  it('reads a condition the worker developed, but not a symptom or a description', () => {
    expect(names('Six weeks after the repair she developed left shoulder adhesive capsulitis.')).toEqual(['left shoulder adhesive capsulitis']);
    expect(names('He then developed numbness and pain in the right hand.')).toEqual([]);
    expect(names('She is a well-developed woman. The report was poorly developed and omitted the exam.')).toEqual([]);
  });

  it('reads the condition after "and" that follows a status-post operation, not a second operation', () => {
    expect(names('He is status post left rotator cuff repair and left shoulder adhesive capsulitis.')).toEqual(['left shoulder adhesive capsulitis']);
    expect(names('She is s/p right knee arthroscopic meniscectomy and chondroplasty.')).toEqual([]);
  });

  it('keeps a condition with its operation in a past history list', () => {
    expect(names('PAST MEDICAL HISTORY: Lumbar stenosis status post decompression.')).toEqual(['Lumbar stenosis status post decompression']);
  });

  it('reads an injury named as a fractured part after a verb of sustaining it, not an imaging finding', () => {
    expect(names('She sustained a fractured tooth #30 when the box struck her face.')).toEqual(['fractured tooth #30']);
    expect(names('He suffered a fractured left wrist in the fall.')).toEqual(['fractured left wrist']);
    expect(names('The x-ray showed a fractured rib.')).toEqual([]);
    expect(names('He denies any fractured teeth.')).toEqual([]);
  });

  it('drops comorbidities told as history in running text when the record lists its diagnoses', () => {
    expect(names('He has a history of hypertension and asthma. Diagnoses include lumbar strain.')).toEqual(['lumbar strain']);
    expect(names('He has a history of hypertension and asthma. He drives a truck.')).toEqual(['hypertension', 'asthma']);
    expect(names('PAST MEDICAL HISTORY: Hypertension.\n\nDIAGNOSES: Lumbar strain.')).toEqual(['Hypertension', 'Lumbar strain']);
  });
});

describe('diagnoses: history and findings that are not current diagnoses', () => {
  it('drops resolved or remote history but keeps active comorbidities', () => {
    expect(names('PAST MEDICAL HISTORY:\nHypertension.\nKidney stone 2014, resolved.')).toEqual(['Hypertension']);
    expect(names('ASSESSMENT:\n1. Lumbar strain.\n2. Hx of R shoulder dislocation in college, treated and resolved.')).toEqual(['Lumbar strain']);
    expect(names('PAST MEDICAL HISTORY:\nAsthma since age 12.\nAppendicitis age 12.')).toEqual(['Asthma since age 12']);
  });

  it('drops deficits and traditional Chinese medicine patterns listed under an assessment', () => {
    expect(names('ASSESSMENT:\n1. Right knee medial meniscus tear.\n2. Residual quad weakness.\n3. Limited tolerance to squatting/kneeling.'))
      .toEqual(['Right knee medial meniscus tear']);
    expect(names('ASSESSMENT:\nLumbar radiculopathy. Qi stagnation.')).toEqual(['Lumbar radiculopathy']);
  });
});

describe('diagnoses: control, regimen and medication-history tails', () => {
  it('trims a "since her teens" history tail but keeps a dated onset as written', () => {
    expect(names('PAST MEDICAL HISTORY:\nCluster headaches since his twenties\nEczema since childhood\nGout')).toEqual(['Cluster headaches', 'Eczema', 'Gout']);
    expect(names('PAST MEDICAL HISTORY:\nAsthma since age 9.')).toEqual(['Asthma since age 9']);
  });

  it('drops a comma piece that only says how a condition is controlled', () => {
    expect(names('PAST MEDICAL HISTORY:\nType 2 diabetes, diet controlled\nHypertension, controlled on amlodipine')).toEqual(['Type 2 diabetes', 'Hypertension']);
    expect(names('Past medical history includes hyperlipidemia, well controlled on atorvastatin, and asthma.')).toEqual(['hyperlipidemia', 'asthma']);
  });

  it('trims an "on <drug>" regimen but not a name that only contains "on"', () => {
    expect(names('PAST MEDICAL HISTORY:\nHypothyroidism on levothyroxine\nAsthma')).toEqual(['Hypothyroidism', 'Asthma']);
    expect(names('PAST MEDICAL HISTORY:\nContusion on the forehead\nAsthma')).toEqual(['Contusion on the forehead', 'Asthma']);
  });

  it('drops medication-history lines but keeps a diagnosis named after a drug', () => {
    expect(names('PAST MEDICAL HISTORY:\nInsomnia\nMelatonin OTC\nTried Lyrica in 2024\nStopped due to dizziness')).toEqual(['Insomnia']);
    expect(names('PAST MEDICAL HISTORY:\nOpioid use disorder\nInsomnia')).toEqual(['Opioid use disorder', 'Insomnia']);
  });
});

describe('diagnoses: inline numbered assessments and treatment lines in a diagnosis block', () => {
  it('splits a dash-labelled SOAP assessment with inline numbers', () => {
    expect(names('S: Knee pain 5/10\nO: Effusion\nA - 1) L knee ACL sprain 2) Chondromalacia patella, R 3) Gastritis from NSAID use\nP: Continue PT'))
      .toEqual(['L knee ACL sprain', 'Chondromalacia patella', 'Gastritis from NSAID use']);
  });

  it('skips dated procedures, treatment lines and plan lines, but keeps "s/p" items', () => {
    expect(names('Diagnoses:\n1. Right shoulder impingement\n2. Acromioplasty (04/11/2025)\n3. Cortisone injection R shoulder x2\n4. S/P right shoulder arthroscopy\n5. Smoking cessation counseling\n6. Diabetes mellitus type 2'))
      .toEqual(['Right shoulder impingement', 'S/P right shoulder arthroscopy', 'Diabetes mellitus type 2']);
  });
});
