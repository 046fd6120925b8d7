import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Sentences written for these tests.
describe('request details, repeated studies and routing of brand-name kits (round 7)', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, requests: string[], metadata?: Record<string, string>) => {
    const doc = createDocument({ id: `doc-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }], metadata });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests }).items;
  };
  const failed = (text: string, request: string, suffix: string, metadata?: Record<string, string>) =>
    run(text, [request], metadata)[0]!.gaps.filter((g) => g.criterionId.endsWith(suffix)).map((g) => g.code);

  it('disposable supplies must state an amount (GEN-1)', () => {
    const text = 'She needs help with hygiene after the wrist fracture.';
    expect(failed(text, 'Hygiene wipes', 'dme.supply-quantity')).toEqual(['REQUEST_UNDERSPECIFIED']);
    expect(failed(text, '2 boxes of disposable gloves', 'dme.supply-quantity')).toEqual([]);
    expect(failed(text, 'Wheelchair purchase', 'dme.supply-quantity')).toEqual([]);
  });

  it('shockwave therapy must name the site', () => {
    const text = 'He has plantar fasciitis of the left foot.';
    expect(failed(text, 'Extracorporeal shockwave therapy', 'shockwave-site')).toEqual(['REQUEST_UNDERSPECIFIED']);
    expect(failed(text, 'ESWT for the left foot, 3 sessions', 'shockwave-site')).toEqual([]);
  });

  it('a lumbar support is for the acute phase', () => {
    const text = 'He has low back pain after lifting boxes.';
    const late = { date_of_injury: '01/02/2016', date_assigned: '03/20/2016' };
    const early = { date_of_injury: '01/02/2016', date_assigned: '01/12/2016' };
    expect(failed(text, 'Lumbar support', 'lumbar-support-acute', late)).toEqual(['EXCEEDS_GUIDELINE_DURATION']);
    expect(failed(text, 'Lumbar support', 'lumbar-support-acute', early)).toEqual([]);
  });

  it('a knee MRI repeats only a study of the same knee', () => {
    const text = 'An MRI of the left knee dated 03/02/2016 showed a meniscal tear.';
    expect(failed(text, 'MRI left knee', 'imaging-knee.not-repeated')).toEqual(['DUPLICATIVE_TREATMENT']);
    expect(failed(text, 'MRI right knee', 'imaging-knee.not-repeated')).toEqual([]);
    expect(failed('An MRI of the lumbar spine showed a disc bulge.', 'MRI left knee', 'imaging-knee.not-repeated')).toEqual([]);
  });

  it('radiographs of another region are no repeat', () => {
    const text = 'Radiographs of the shoulder showed a hooked acromion.';
    expect(failed(text, 'X-rays of the right shoulder', 'imaging-xray.not-repeated')).toEqual(['DUPLICATIVE_TREATMENT']);
    expect(failed(text, 'X-rays of the cervical spine', 'imaging-xray.not-repeated')).toEqual([]);
  });

  it('a pre-operative chest film follows the surgery it serves', () => {
    const items = run('He has a rotator cuff tear of the right shoulder.', ['Right shoulder arthroscopic repair', 'Associated surgical service: Chest x-ray']);
    expect(items[1]!.packId).toBe('mtus-labs.2016');
    expect(run('He fell on his chest.', ['Chest x-ray'])[0]!.packId).toBe('mtus-imaging-xray.2004');
  });

  it('opioid kits and combination capsules are judged as opioids', () => {
    expect(run('He has low back pain.', ['Synapryn 10mg/ml oral suspension 500ml'])[0]!.packId).toBe('mtus-opioids.2016');
    expect(run('He has low back pain.', ['Trezix capsule #60'])[0]!.packId).toBe('mtus-opioids.2016');
  });

  it('a muscle relaxant outside an acute exacerbation exceeds the short course, first prescription or refill', () => {
    expect(failed('He has chronic neck pain with spasm.', 'Cyclobenzaprine 7.5mg #30', 'muscle-relaxants.short-term')).toEqual(['EXCEEDS_GUIDELINE_DURATION']);
    expect(failed('He has acute pain and spasm of the low back.', 'Cyclobenzaprine 7.5mg #30', 'muscle-relaxants.short-term')).toEqual([]);
  });
});
