import { describe, expect, it } from 'vitest';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const status = (s: { criteria: { criterionId: string; status: string }[] }, id: string) => s.criteria.find((c) => c.criterionId === id)?.status;
const codes = (s: { gaps: { code: string }[] }) => s.gaps.map((g) => g.code);

// Request wordings written for these tests.
const chiro = (text: string, bodyRegion: string, quantity: number) => makeItem({ modality: 'chiropractic', text, bodyRegion, quantity });

describe('chiropractic visit limits for a part the guideline excludes (CHIRO-3)', () => {
  it('an excluded part is the reason: no visit-count gap beside NOT_RECOMMENDED', () => {
    const [s] = decide([chiro('Chiropractic adjustments to the right foot, twice weekly for five weeks', 'right foot', 10)], []);
    expect(status(s, 'chiropractic.excluded-region')).toBe('not_met');
    expect(status(s, 'chiropractic.initial-trial')).toBe('not_met');
    expect(codes(s)).toContain('NOT_RECOMMENDED_BY_GUIDELINE');
    expect(codes(s)).not.toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });

  it('the same count for the low back still exceeds the trial', () => {
    const [s] = decide([chiro('Chiropractic adjustments to the low back, twice weekly for five weeks', 'lumbar spine', 10)], []);
    expect(status(s, 'chiropractic.excluded-region')).toBe('met');
    expect(codes(s)).toContain('EXCEEDS_GUIDELINE_QUANTITY');
  });
});

describe('repeat studies (IMG-3)', () => {
  const earlierFilms = makeFact('diagnostic_study-1', 'diagnostic_study', { kind: 'xray' }, 'plain films of the low back were read as normal last month');
  const earlierMri = makeFact('diagnostic_study-2', 'diagnostic_study', { kind: 'mri' }, 'a lumbar MRI last year showed a bulge at L5-S1');

  it('repeat radiographs are named as a duplication, without a separate missing-rationale gap', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'Plain films of the lumbar spine' })], [earlierFilms]);
    expect(s.packId).toBe('mtus-imaging-xray.2004');
    expect(codes(s)).toContain('DUPLICATIVE_TREATMENT');
    expect(codes(s)).not.toContain('RATIONALE_NOT_PROVIDED');
  });

  it('a repeat MRI without a stated reason quotes the earlier study, not "nothing"', () => {
    const [s] = decide([makeItem({ modality: 'imaging', text: 'MRI of the lumbar spine' })], [earlierMri]);
    const gap = s.gaps.find((g) => g.code === 'RATIONALE_NOT_PROVIDED');
    expect(gap?.message).toContain('a lumbar MRI last year');
    expect(gap?.message).not.toContain('(nothing)');
  });
});
