import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Fixture text written for this test.
const text = 'The patient reports numbness and tingling in the left leg. There are no red flags. '
  + 'Sensation was decreased in the left L5 dermatome. A urine drug screen was consistent. '
  + 'Surgery has been recommended. Pain persisted despite physical therapy.';

describe('evidence extractors feed the decision stage', () => {
  const pipeline = createPipeline();
  const doc = createDocument({ id: 'doc-1', source: 'fixture', kind: 'text', pages: [{ text }] });
  const result = pipeline.run({ caseId: 'fixture', documents: [doc], requests: ['MRI of the lumbar spine', 'Norco 10/325 mg #60'] });
  const kinds = (type: string) => result.facts.filter((f) => f.type === type).map((f) => `${(f.value as { kind: string }).kind}${f.context.negated ? ':negated' : ''}`);

  it('finds findings, monitoring, plans and the course of care, with negation', () => {
    expect(kinds('exam_finding')).toContain('neuro_deficit');
    expect(kinds('red_flag')).toEqual(['red_flag:negated']);
    expect(kinds('drug_monitoring')).toContain('uds');
    expect(kinds('surgical_status')).toContain('planned');
    expect(kinds('care_course')).toContain('conservative_failed');
    expect(kinds('clinical_indication')).toContain('neuropathic');
  });

  it('the spine MRI then fails only on red flags, quoting the negated statement', () => {
    const mri = result.items[0];
    expect(mri.packId).toBe('mtus-imaging-spine.2004');
    expect(mri.gaps.map((g) => g.code)).toEqual(['NO_RED_FLAGS']);
    expect(mri.gaps[0].message).toContain('"red flags"');
    expect(result.items[1].criteria.find((c) => c.criterionId === 'opioids.monitoring')!.status).toBe('met');
  });
});

// Sentences below are written for these tests.
describe('evidence lexicons: phrasings records use', () => {
  const pipeline = createPipeline();
  let n = 0;
  const kindsIn = (type: string, ...sentences: string[]) => {
    const doc = createDocument({ id: `doc-${++n}`, source: 'fixture', kind: 'text', pages: [{ text: sentences.join(' ') }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: [] }).facts
      .filter((f) => f.type === type)
      .map((f) => `${(f.value as { kind: string }).kind}${f.context.negated ? ':negated' : ''}`);
  };

  it('a dermatome counts as a deficit only beside deficit words', () => {
    expect(kindsIn('exam_finding', 'Pinprick and light touch sensation were intact from C5 to T1 dermatomes on both sides.')).toEqual(['normal_neuro']);
    expect(kindsIn('exam_finding', 'He has reduced sensation over the right L4 and L5 distributions.')).toEqual(['neuro_deficit', 'dermatomal_deficit']);
    expect(kindsIn('exam_finding', 'The left S1 dermatome sensation was diminished.')).toEqual(['dermatomal_deficit']);
    expect(kindsIn('exam_finding', 'There is no reduced sensation in the C6 dermatome.')).toEqual(['neuro_deficit:negated', 'dermatomal_deficit:negated']);
  });

  it('a range of roots or a stocking pattern is a deficit, but not a dermatomal one', () => {
    expect(kindsIn('exam_finding', 'Pinprick sensation was reduced across the L3-S1 dermatomes on the right.')).toEqual(['neuro_deficit', 'nondermatomal_deficit']);
    expect(kindsIn('exam_finding', 'He had diminished sensation from C6 to C8 distributions in the left arm.')).toEqual(['neuro_deficit', 'nondermatomal_deficit']);
    expect(kindsIn('exam_finding', 'The C5/6 dermatomes were decreased to light touch.')).toEqual(['nondermatomal_deficit']);
    expect(kindsIn('exam_finding', 'Decreased sensation in a stocking-glove distribution was noted.')).toEqual(['neuro_deficit', 'nondermatomal_deficit']);
    expect(kindsIn('exam_finding', 'She had diminished sensation in a nondermatomal pattern over the thigh.')).toEqual(['neuro_deficit', 'nondermatomal_deficit']);
    // Roots named one by one stay dermatomal; a bare level beside a deficit word is no finding of either kind.
    expect(kindsIn('exam_finding', 'Sensation is decreased in the L5 and S1 dermatomes on the left.')).toEqual(['neuro_deficit', 'dermatomal_deficit']);
    expect(kindsIn('exam_finding', 'Range of motion was reduced, with an L4-5 disc bulge on MRI.').filter((k) => k.includes('dermatomal'))).toEqual([]);
  });

  it('finds nerve tension signs, test lists and motor, reflex and sensory deficits as written', () => {
    expect(kindsIn('exam_finding', 'The seated straight leg raises were positive on the right at 40 degrees.')).toEqual(['nerve_tension']);
    expect(kindsIn('exam_finding', 'Straight leg raise test on the right is positive.')).toEqual(['nerve_tension']);
    expect(kindsIn('exam_finding', 'Exam showed positive Kemp, Bragard, and supine straight leg raise.')).toEqual(['nerve_tension']);
    expect(kindsIn('exam_finding', 'He had positive foraminal compression test, Yeoman test, Cozen test.')).toEqual(['provocative_test']);
    expect(kindsIn('exam_finding', 'Right grip strength was reduced.')).toEqual(['neuro_deficit']);
    expect(kindsIn('exam_finding', 'Biceps reflexes are diminished on the left.')).toEqual(['neuro_deficit']);
    expect(kindsIn('exam_finding', 'There was hyposensorium over the small finger.')).toEqual(['neuro_deficit']);
  });

  it('reads stated normal neurological findings as normal_neuro', () => {
    expect(kindsIn('exam_finding', 'Motor examination revealed no deficit in either arm.')).toEqual(['normal_neuro']);
    expect(kindsIn('exam_finding', 'She has intact strength and sensation in both hands.')).toEqual(['normal_neuro']);
  });

  it('reads a course of care stated not to have worked as conservative_failed', () => {
    const failed = (s: string) => kindsIn('care_course', s).filter((k) => k.startsWith('conservative_failed'));
    expect(failed('The acupuncture visits did not help her neck.')).toEqual(['conservative_failed']);
    expect(failed('Eight therapy sessions had not proven especially helpful.')).toEqual(['conservative_failed']);
    expect(failed('Naproxen and therapy were "not helping" by his report.')).toEqual(['conservative_failed']);
    expect(failed('The trigger point injection gave only temporary relief.')).toEqual(['conservative_failed']);
    expect(failed('The therapist noted minimal to no improvement of her symptoms.')).toEqual(['conservative_failed']);
    expect(failed('Her hip pain continued despite rest and a cane.')).toEqual(['conservative_failed']);
    // Hard negatives: care that worked, and care not yet given.
    expect(failed('The acupuncture visits helped her neck.')).toEqual([]);
    expect(failed('Chiropractic care was helpful and he would like more.')).toEqual([]);
    expect(failed('Physical therapy has not yet started.')).toEqual([]);
  });

  it('reads symptoms persisting after a supervised course as persisting_after_care, and only then', () => {
    const persisting = (...s: string[]) => kindsIn('care_course', ...s).filter((k) => k.startsWith('persisting_after_care'));
    expect(persisting('Treatment to date has included chiropractic care and medications.', 'He continues to report low back pain.')).toEqual(['persisting_after_care']);
    expect(persisting('She completed six sessions of physical therapy.', 'She has ongoing numbness in the right hand.')).toEqual(['persisting_after_care']);
    // No course received: a complaint alone, a course only requested, a course denied, drugs only.
    expect(persisting('He continues to report low back pain.')).toEqual([]);
    expect(persisting('He continues to report low back pain.', 'Physical therapy was requested.')).toEqual([]);
    expect(persisting('She has not had physical therapy.', 'She has ongoing numbness in the right hand.')).toEqual([]);
    expect(persisting('Treatment to date has included medications.', 'He continues to report low back pain.')).toEqual([]);
    // A list of the conditions under treatment names diagnoses, not the course after care.
    expect(persisting('Treatment has included physical therapy.', 'She is undergoing treatment for persistent neck pain and persistent knee pain.')).toEqual([]);
  });

  it('reads an earlier review that found the benefit of care undocumented as review_efficacy_undocumented', () => {
    const review = (s: string) => kindsIn('care_course', s).filter((k) => k.startsWith('review_efficacy_undocumented'));
    expect(review('Aquatic therapy was non-certified on 3/2 because there was no documentation of functional improvement.')).toHaveLength(1);
    expect(review('The previous reviewer denied Percocet for lack of documented efficacy.')).toHaveLength(1);
    expect(review('Massage was modified to two visits as prior sessions showed no objective functional gains.')).toHaveLength(1);
    expect(review('A prior denial of the TENS unit was issued since its efficacy had not been demonstrated.')).toHaveLength(1);
    // Hard negatives: a patient who denies something, a guideline's own condition, a denial for another reason.
    expect(review('She denied side effects and reports no functional improvement yet.')).toEqual([]);
    expect(review('Further visits are recommended only with documented functional improvement.')).toEqual([]);
    expect(review('Chiropractic care was denied because the visit count was not provided.')).toEqual([]);
  });

  it('takes an infection of a wound, joint, bone or hardware as a red flag', () => {
    expect(kindsIn('red_flag', 'The diagnoses include a deep wound infection of the left hand.')).toEqual(['infection']);
    expect(kindsIn('red_flag', 'There were no signs of joint infection.')).toEqual(['infection:negated']);
    expect(kindsIn('red_flag', 'She was treated for a urinary tract infection.')).toEqual([]);
  });
});
