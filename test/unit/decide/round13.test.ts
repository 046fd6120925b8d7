import { describe, expect, it } from 'vitest';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const status = (s: { criteria: { criterionId: string; status: string }[] }, id: string) => s.criteria.find((c) => c.criterionId === id)?.status;
const codes = (s: { gaps: { code: string }[] }) => s.gaps.map((g) => g.code);

// Request wordings and facts written for these tests.
const drug = (text: string) => makeItem({ modality: 'medication', text });
const poorSleep = makeFact('clinical_indication-1', 'clinical_indication', { kind: 'insomnia' }, 'she wakes up at night from the shoulder pain');

describe('sedating antihistamine sleep aids need failed first-line care (SLP-1)', () => {
  it('without a failed trial of sleep hygiene or over-the-counter aids: CONSERVATIVE_CARE_NOT_DOCUMENTED', () => {
    const [s] = decide([drug('Diphenhydramine 25mg #30 at bedtime')], [poorSleep]);
    expect(s.packId).toBe('mtus-sleep-aids.2016');
    expect(status(s, 'sleep-aids.first-line')).toBe('not_documented');
    expect(codes(s)).toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
  });

  it('a failed first-line course stated in the record meets it', () => {
    const failed = makeFact('care_course-1', 'care_course', { kind: 'conservative_failed' }, 'sleep hygiene measures and melatonin did not help');
    const [s] = decide([drug('Diphenhydramine 25mg #30 at bedtime')], [poorSleep, failed]);
    expect(status(s, 'sleep-aids.first-line')).toBe('met');
    expect(codes(s)).not.toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
  });

  it('other sleep aids are judged by their own criteria, not this one', () => {
    const [hypnotic] = decide([drug('Zolpidem 5mg #30')], [poorSleep]);
    expect(status(hypnotic, 'sleep-aids.first-line')).toBe('not_applicable');
    const [benzo] = decide([drug('Diazepam 5mg #30')], [poorSleep]);
    expect(status(benzo, 'sleep-aids.first-line')).toBe('not_applicable');
    expect(codes(benzo)).toContain('NOT_RECOMMENDED_BY_GUIDELINE');
  });
});
