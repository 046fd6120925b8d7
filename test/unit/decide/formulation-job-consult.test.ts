import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';

// Sentences written for these tests.
describe('criteria that read the request as written', () => {
  const pipeline = createPipeline();
  let n = 0;
  const run = (text: string, request: string) => {
    const doc = createDocument({ id: `doc-${++n}`, source: 'fixture', kind: 'text', pages: [{ text }] });
    return pipeline.run({ caseId: 'fixture', documents: [doc], requests: [request] }).items[0];
  };
  const failed = (text: string, request: string, suffix: string) =>
    run(text, request).gaps.filter((g) => g.criterionId.endsWith(suffix)).map((g) => g.code);

  it('an oral suspension needs an inability to take tablets (TOP-5)', () => {
    const text = 'She has knee osteoarthritis and moderate pain.';
    expect(failed(text, 'Naproxen 25mg/ml oral suspension, 250ml', '.liquid-formulation')).toEqual(['INDICATION_NOT_DOCUMENTED']);
    expect(failed(`${text} She is unable to swallow tablets after her throat surgery.`, 'Naproxen 25mg/ml oral suspension, 250ml', '.liquid-formulation')).toEqual([]);
    expect(failed(text, 'Naproxen 500mg #60', '.liquid-formulation')).toEqual([]);
  });

  it('a sit-stand workstation needs pain a work posture brings on', () => {
    expect(failed('Her low back pain is worse with prolonged sitting at her desk.', 'Sit-stand workstation', 'dme.job-modification')).toEqual([]);
    expect(failed('Her low back pain is rated 6/10.', 'Sit-stand workstation', 'dme.job-modification')).toEqual(['INDICATION_NOT_DOCUMENTED']);
    const item = run('Her low back pain is worse with prolonged sitting at her desk.', 'Sit-stand workstation');
    expect(item.gaps.map((g) => g.code)).not.toContain('NO_OBJECTIVE_FINDINGS');
  });

  it('a medication management consultation needs medications in use', () => {
    expect(failed('He has neck pain. Medications were not specified.', 'Medication management consultation', 'medication-management')).toEqual(['INDICATION_NOT_DOCUMENTED']);
    expect(failed('He has neck pain. He takes tramadol and naproxen daily.', 'Medication management consultation', 'medication-management')).toEqual([]);
  });
});
