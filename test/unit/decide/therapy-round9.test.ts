import { describe, expect, it } from 'vitest';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { bodyRegionNotExcluded } from '../../../src/decide/predicates/body-region-not-excluded.ts';
import { createSituation } from '../../../src/decide/situation.ts';
import { makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const status = (s: { criteria: { criterionId: string; status: string }[] }, id: string) => s.criteria.find((c) => c.criterionId === id)?.status;

// Request wordings written for these tests.
const chiro = (text: string, bodyRegion: string) => makeItem({ modality: 'chiropractic', text, bodyRegion, quantity: 4 });

describe('manipulation of excluded body parts (CHIRO-3)', () => {
  it('a request for excluded parts only is not recommended', () => {
    const [s] = decide([chiro('Chiropractic care for the left ankle and right wrist, 4 visits', 'left ankle and right wrist')], []);
    expect(status(s, 'chiropractic.excluded-region')).toBe('not_met');
    expect(s.gaps.map((g) => g.code)).toContain('NOT_RECOMMENDED_BY_GUIDELINE');
  });

  it('a request that also names the spine is judged by the course criteria, not by its excluded part', () => {
    const [s] = decide([chiro('Chiropractic care for the thoracic spine and left knee, 4 visits', 'thoracic spine and left knee')], []);
    expect(status(s, 'chiropractic.excluded-region')).toBe('met');
    expect(s.gaps.map((g) => g.code)).not.toContain('NOT_RECOMMENDED_BY_GUIDELINE');
  });

  it('without alsoAllowed the predicate keeps judging any excluded part', () => {
    const item = chiro('Manipulation of the low back and right hand', 'lumbar spine and right hand');
    const outcome = bodyRegionNotExcluded.evaluate({ regions: ['hand'] }, createSituation(item, []));
    expect(outcome.status).toBe('not_met');
    const allowed = bodyRegionNotExcluded.evaluate({ regions: ['hand'], alsoAllowed: ['lumbar'] }, createSituation(item, []));
    expect(allowed.status).toBe('met');
  });
});
