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
