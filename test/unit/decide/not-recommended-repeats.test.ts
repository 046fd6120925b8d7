import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Sentences written for these tests.
describe('modalities the guideline does not recommend, PRP indications, reasons for repeat studies (round 8)', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, requests: string[]) => {
    const doc = createDocument({ id: `doc-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests }).items;
  };
  const failed = (text: string, request: string, suffix: string) =>
    run(text, [request])[0]!.gaps.filter((g) => g.criterionId.endsWith(suffix)).map((g) => g.code);

  it('trigger point impedance imaging and hyperstimulation analgesia are passive modalities, not recommended (PM-4)', () => {
    const text = 'She has myofascial pain of the upper trapezius.';
    const [tpii, lint] = run(text, ['Trigger points impedance imaging (TPII)', 'Localized intense neurostimulation therapy following TPII']);
    expect(tpii!.packId).toBe('mtus-passive-modalities.2016');
    expect(lint!.packId).toBe('mtus-passive-modalities.2016');
    expect(lint!.gaps.map((g) => g.code)).toEqual(['NOT_RECOMMENDED_BY_GUIDELINE']);
    expect(run(text, ['Trigger point injections x 4'])[0]!.packId).toBe('mtus-injections.2016');
  });

  it('laser or infrared acupuncture is low-level laser therapy (PM-1)', () => {
    const text = 'He has chronic neck pain and continues a home exercise program.';
    expect(failed(text, 'Six infrared acupuncture visits', 'acupuncture.laser')).toEqual(['NOT_RECOMMENDED_BY_GUIDELINE']);
    expect(failed(text, 'Six acupuncture visits', 'acupuncture.laser')).toEqual([]);
  });

  it('platelet-rich plasma for the knee asks for osteoarthritis or patellar tendinopathy (OTH-4)', () => {
    expect(failed('An MRI showed a medial meniscal tear of the right knee.', 'PRP injection to the right knee', 'prp-knee-indication')).toEqual(['INDICATION_NOT_DOCUMENTED']);
    expect(failed('X-rays show osteoarthritis of the right knee.', 'PRP injection to the right knee', 'prp-knee-indication')).toEqual([]);
    expect(failed('She has patellar tendinosis of the left knee.', 'Platelet rich plasma injection, left knee', 'prp-knee-indication')).toEqual([]);
  });

  it('facet injections are for non-radicular pain (FAC-1)', () => {
    expect(failed('Low back pain radiates down the left leg with numbness.', 'Facet joint injections L4-5', 'facet-non-radicular')).toEqual(['INDICATION_NOT_DOCUMENTED']);
    expect(failed('Axial low back pain worse with extension, without radiation.', 'Facet joint injections L4-5', 'facet-non-radicular')).toEqual([]);
  });

  it('a repeat study needs a stated reason (IMG-3, EDX-4)', () => {
    const done = 'An MRI of the lumbar spine on 02/03/2016 showed a disc protrusion at L4-5.';
    expect(failed(done, 'MRI of the lumbar spine', 'imaging-spine.repeat-rationale')).toEqual(['RATIONALE_NOT_PROVIDED']);
    expect(failed(`${done} The provider wants to rule out a recurrent herniation after the new fall.`, 'MRI of the lumbar spine', 'imaging-spine.repeat-rationale')).toEqual([]);
    expect(failed('He has low back pain radiating to the left leg.', 'MRI of the lumbar spine', 'imaging-spine.repeat-rationale')).toEqual([]);
    expect(failed('An EMG of both arms in 2015 showed mild carpal tunnel syndrome.', 'EMG of the bilateral upper extremities', 'electrodiagnostic.repeat-rationale')).toEqual(['RATIONALE_NOT_PROVIDED']);
  });
});
