import { describe, expect, it } from 'vitest';
import { createDiagnosesExtractor } from '../../../src/extract/diagnoses.ts';
import { runExtractor } from './run-extractor.ts';

// Probes written for prescreen in the way PR-2 progress notes and IMR summaries lay out their
// diagnoses (numbered, ICD-coded, "Dx:", "Impression:", an assessment/plan with plans mixed in,
// "s/p", sides, "r/o" which is no diagnosis). Each row is a note and the names a reader would list.
const { asserted } = runExtractor(createDiagnosesExtractor({}));
const names = (text: string) => asserted(text).map((f) => (f.value as { name: string }).name);
const coded = (text: string) => asserted(text).map((f) => {
  const v = f.value as { name: string; icd10: string | null };
  return [v.name, v.icd10];
});

describe('diagnosis probes: layouts of a diagnosis block', () => {
  it.each<[string, string[]]>([
    ['Dx: Lumbar sprain/strain; left sciatica; sleep disturbance.', ['Lumbar sprain/strain', 'left sciatica', 'sleep disturbance']],
    ['Impression: Right shoulder impingement syndrome with partial thickness rotator cuff tear.', ['Right shoulder impingement syndrome with partial thickness rotator cuff tear']],
    ['Working diagnosis: Left lateral epicondylitis.', ['Left lateral epicondylitis']],
    ['DIAGNOSES:\n- Cervical radiculopathy, C6, right\n- Lumbar facet arthropathy, L4-5 and L5-S1, bilateral\n', ['Cervical radiculopathy, C6, right', 'Lumbar facet arthropathy, L4-5 and L5-S1, bilateral']],
    ['DIAGNOSES: 1. Cervical myofascial pain syndrome 2. Lumbar discogenic pain 3. Chronic pain syndrome', ['Cervical myofascial pain syndrome', 'Lumbar discogenic pain', 'Chronic pain syndrome']],
    ['Impression: 1. Bilateral knee osteoarthritis, right worse than left. 2. Obesity.', ['Bilateral knee osteoarthritis, right worse than left', 'Obesity']],
    ['DX: 1) Cervical strain 2) Thoracic strain 3) Lumbar strain w/ radiculopathy', ['Cervical strain', 'Thoracic strain', 'Lumbar strain w/ radiculopathy']],
    ['She has been diagnosed with left de Quervain\'s tenosynovitis and left trigger thumb.', ['left de Quervain\'s tenosynovitis', 'left trigger thumb']],
    ['DIAGNOSES: Thoracic sprain/strain, myofascial pain, and insomnia due to pain.', ['Thoracic sprain/strain', 'myofascial pain', 'insomnia due to pain']],
    ['Diagnoses include: (1) left ankle sprain, (2) left peroneal tendinitis, and (3) chronic pain.', ['left ankle sprain', 'left peroneal tendinitis', 'chronic pain']],
    ['Final diagnoses: 1. Right hip contusion. 2. Right greater trochanteric bursitis.', ['Right hip contusion', 'Right greater trochanteric bursitis']],
    ['He carries diagnoses of cervical strain and lumbar strain.', ['cervical strain', 'lumbar strain']],
    ['The primary treating physician\'s diagnoses are: lumbar strain and left knee contusion.', ['lumbar strain', 'left knee contusion']],
    // The date of an operation ends the item (the `list_end` date cue); the name is the operation.
    ['Diagnoses: 1. Status post left knee arthroscopy with partial medial meniscectomy on 3/14/2023. 2. Left knee osteoarthritis.', ['Status post left knee arthroscopy with partial medial meniscectomy', 'Left knee osteoarthritis']],
    ['Impression: Right lateral epicondylitis, chronic, recalcitrant to conservative care.', ['Right lateral epicondylitis, chronic, recalcitrant to conservative care']],
    ['IMPRESSION:\n1. Chronic lumbar strain.\n2. Lumbar facet syndrome versus discogenic pain.\n', ['Chronic lumbar strain', 'Lumbar facet syndrome versus discogenic pain']],
    ['ASSESSMENT: The patient is a 45-year-old female with chronic cervical strain and right cubital tunnel syndrome.', ['chronic cervical strain', 'right cubital tunnel syndrome']],
    ['Assessment: Lumbosacral strain, improving. Continue HEP.', ['Lumbosacral strain, improving']],
    ['Diagnoses:\n1. Post-laminectomy syndrome, lumbar.\n2. Opioid dependence, on maintenance.\n3. History of GI bleed.\n', ['Post-laminectomy syndrome, lumbar', 'Opioid dependence, on maintenance', 'History of GI bleed']],
    ['Diagnoses: Lumbar strain. Plan: PT 2x/week for 4 weeks.', ['Lumbar strain']],
    ['DIAGNOSES:\n1. Left shoulder SLAP tear.\n2. Left shoulder AC joint arthrosis.\nPLAN:\n1. Left shoulder arthroscopy requested.\n', ['Left shoulder SLAP tear', 'Left shoulder AC joint arthrosis']],
    ['Assessment:\n#1 Lumbar DDD\n#2 Lumbar radiculopathy\n#3 Chronic pain\n', ['Lumbar DDD', 'Lumbar radiculopathy', 'Chronic pain']],
    ['Diagnoses:\n1. Lumbar radiculopathy.\n2. Insomnia.\nDISCUSSION: The patient had 50% relief from the prior ESI.\n', ['Lumbar radiculopathy', 'Insomnia']],
    ['Dx:\n1. Lt shoulder adhesive capsulitis\n2. Lt shoulder impingement s/p SAD 6/2023\n', ['Lt shoulder adhesive capsulitis', 'Lt shoulder impingement s/p SAD 6/2023']],
    ['PR-2\nDIAGNOSIS: Right carpal tunnel syndrome.\nWORK STATUS: Modified duty.', ['Right carpal tunnel syndrome']],
    ['Diagnoses:\n1. Cervical sprain/strain, resolving\n2. Bilateral shoulder strain\n3. Right wrist tendinitis\n', ['Cervical sprain/strain, resolving', 'Bilateral shoulder strain', 'Right wrist tendinitis']],
    ['DIAGNOSES:\n1) Lumbar spine sprain/strain with radicular complaints, right.\n2) Right knee internal derangement.\n', ['Lumbar spine sprain/strain with radicular complaints, right', 'Right knee internal derangement']],
    ['Impression:\n- Chronic bilateral wrist pain secondary to overuse\n- Bilateral CTS by EMG 3/2024\n', ['Chronic bilateral wrist pain secondary to overuse', 'Bilateral CTS by EMG 3/2024']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('diagnosis probes: ICD-10 codes before or after the name', () => {
  it.each<[string, [string, string | null][]]>([
    ['DIAGNOSES:\n1. M54.16 Radiculopathy, lumbar region\n2. M51.26 Other intervertebral disc displacement, lumbar region\n3. S39.012A Strain of muscle, fascia and tendon of lower back\n',
      [['Radiculopathy, lumbar region', 'M54.16'], ['Other intervertebral disc displacement, lumbar region', 'M51.26'], ['Strain of muscle, fascia and tendon of lower back', 'S39.012A']]],
    ['Diagnosis: Rotator cuff tendinitis, right shoulder (M75.81).', [['Rotator cuff tendinitis, right shoulder', 'M75.81']]],
    ['Diagnoses:\nM25.511 Pain in right shoulder\nM75.41 Impingement syndrome of right shoulder\nG56.01 Carpal tunnel syndrome, right upper limb\n',
      [['Pain in right shoulder', 'M25.511'], ['Impingement syndrome of right shoulder', 'M75.41'], ['Carpal tunnel syndrome, right upper limb', 'G56.01']]],
    ['Diagnosis: Lumbago with sciatica, right side (M54.41); Myalgia (M79.1).', [['Lumbago with sciatica, right side', 'M54.41'], ['Myalgia', 'M79.1']]],
    ['Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy, lumbar region (M47.816).', [['Lumbar spondylosis without myelopathy or radiculopathy, lumbar region', 'M47.816']]],
    ['Assessment:\n1) R knee sprain (S83.91XA)\n2) R knee chondromalacia patella (M22.41)\n3) s/p R knee arthroscopy 2022\n',
      [['R knee sprain', 'S83.91XA'], ['R knee chondromalacia patella', 'M22.41'], ['s/p R knee arthroscopy 2022', null]]],
    ['DIAGNOSES (ICD-10):\nM54.2 - Cervicalgia\nM54.5 - Low back pain\n', [['Cervicalgia', 'M54.2'], ['Low back pain', 'M54.5']]],
    ['ICD-10: M17.11 Unilateral primary osteoarthritis, right knee; M23.221 Derangement of posterior horn of medial meniscus, right knee.',
      [['Unilateral primary osteoarthritis, right knee', 'M17.11'], ['Derangement of posterior horn of medial meniscus, right knee', 'M23.221']]],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual(want);
  });
});

describe('diagnosis probes: an assessment/plan with plans mixed in', () => {
  it.each<[string, string[]]>([
    ['Assessment/Plan:\n1. Lumbar radiculopathy - continue gabapentin, request L5-S1 ESI.\n2. Cervical strain - PT 2x6.\n3. Depression - refer to psych.\n', ['Lumbar radiculopathy', 'Cervical strain', 'Depression']],
    ['Assessment & Plan:\nCervical radiculopathy: continue gabapentin 300 mg tid, request EMG/NCV.\nLumbar sprain: continue HEP.\n', ['Cervical radiculopathy', 'Lumbar sprain']],
    ['ASSESSMENT AND PLAN:\n1. Right carpal tunnel syndrome. Recommend splint at night and EMG.\n2. Right trigger thumb. Cortisone injection offered.\n', ['Right carpal tunnel syndrome', 'Right trigger thumb']],
    ['ASSESSMENT/PLAN:\nLumbar disc herniation L4-5 with right radiculopathy. Will request MRI.\n', ['Lumbar disc herniation L4-5 with right radiculopathy']],
    ['A/P:\n1. Left knee medial meniscus tear - awaiting authorization for arthroscopy.\n2. Left knee effusion - ice, elevation.\n', ['Left knee medial meniscus tear', 'Left knee effusion']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('diagnosis probes: what is not a diagnosis', () => {
  it.each<[string, string[]]>([
    ['Diagnoses:\n1. Cervical sprain/strain.\n2. R/O cervical radiculopathy.\n3. Bilateral carpal tunnel syndrome.\n', ['Cervical sprain/strain', 'Bilateral carpal tunnel syndrome']],
    ['Diagnoses:\n1. Lumbar radiculopathy (M54.16)\n2. Lumbar degenerative disc disease (M51.36)\n3. Rule out lumbar instability\n', ['Lumbar radiculopathy', 'Lumbar degenerative disc disease']],
    ['DIAGNOSES:\n1. Cervical disc herniation at C5-6 with left-sided radiculopathy.\n2. Rule out left shoulder rotator cuff tear.\n3. Headaches.\n', ['Cervical disc herniation at C5-6 with left-sided radiculopathy', 'Headaches']],
    ['Diagnoses: Left knee medial meniscus tear; chondromalacia; r/o ACL tear.', ['Left knee medial meniscus tear', 'chondromalacia']],
    ['Diagnosis: Left carpal tunnel syndrome, rule out double crush.', ['Left carpal tunnel syndrome']],
    ['FAMILY HISTORY: Mother with diabetes and hypertension.\nDIAGNOSES: Lumbar strain.', ['Lumbar strain']],
    ['He has a history of hypertension, diabetes, and is status post appendectomy.', ['hypertension', 'diabetes']],
    ['Diagnoses:\n1. Lumbar strain.\n2. Pain 7/10 with medications.\n', ['Lumbar strain']],
    ['Diagnoses: 1. Right shoulder strain 2. R/o right shoulder labral tear 3. Cervicalgia', ['Right shoulder strain', 'Cervicalgia']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('diagnosis probes: known misses', () => {
  // ConText's "r/o" scope runs on through the rest of a comma list, so the item after the ruled-out
  // one is read as possible too. The fix is a list-comma terminator for the possible triggers in
  // context-triggers.yaml (shared with NegEx), not a diagnoses rule.
  it.fails('keeps the item after an inline "r/o" in a comma list', () => {
    expect(names('Diagnoses: Lumbar strain, r/o herniated nucleus pulposus, sleep disorder.')).toEqual(['Lumbar strain', 'sleep disorder']);
  });
});
