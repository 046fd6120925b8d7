import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/fact.ts';
import { offsetInSentence, onRequestedSide } from '../../../src/decide/anatomic-site.ts';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const codes = (s: { gaps: { code: string }[] }) => s.gaps.map((g) => g.code);
const imaging = (text: string) => makeItem({ modality: 'imaging', text });

// Fixture sentences written for these tests. A fact's words are placed in a longer sentence at a
// document offset, as the extractor leaves them.
function inSentence(id: string, sentence: string, words: string, occurrence = 0, kind = 'rationale'): Fact {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = sentence.indexOf(words, at + 1);
  const fact = makeFact(id, 'care_course', { kind } as never, words, { context: ['possible'] });
  return { ...fact, sentence, span: { ...fact.span, start: 1000 + at, end: 1000 + at + words.length } };
}

const plan = 'The plan is an MRI of the lumbar spine to rule out a disc herniation and an MRI of the left shoulder to rule out a labral tear.';
const lumbarQuestion = inSentence('care_course-1', plan, 'to rule out', 0);
const shoulderQuestion = inSentence('care_course-2', plan, 'to rule out', 1);

describe('offsetInSentence: the same words twice in one sentence', () => {
  it('the second fact lies at the second occurrence, beside its own region', () => {
    const facts = [lumbarQuestion, shoulderQuestion];
    expect(offsetInSentence(lumbarQuestion, facts)).toBe(plan.indexOf('to rule out'));
    expect(offsetInSentence(shoulderQuestion, facts)).toBe(plan.lastIndexOf('to rule out'));
    const shoulder = imaging('MRI of the left shoulder');
    expect(onRequestedSide(shoulderQuestion, shoulder, offsetInSentence(shoulderQuestion, facts))).toBe(true);
    expect(onRequestedSide(lumbarQuestion, shoulder, offsetInSentence(lumbarQuestion, facts))).toBe(false);
  });
});

describe('spine and shoulder imaging: a stated question stands in for the waiting period', () => {
  it('an MRI ordered to rule out a lesion of the imaged region is not asked for a failed course of care', () => {
    const [lumbar, shoulder] = decide([imaging('MRI of the lumbar spine'), { ...imaging('MRI of the left shoulder'), index: 2 }], [lumbarQuestion, shoulderQuestion]);
    expect(codes(lumbar)).not.toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
    // The red-flag and findings criteria still weigh the suspected lesion.
    expect(codes(lumbar)).toEqual(expect.arrayContaining(['NO_OBJECTIVE_FINDINGS', 'NO_RED_FLAGS']));
    expect(codes(shoulder)).not.toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
  });

  it('a question about another region, or a reason that names no study, does not count', () => {
    const shoulderOnly = inSentence('care_course-3', 'An MRI of the right shoulder was ordered to rule out a cuff tear.', 'to rule out');
    expect(codes(decide([imaging('MRI of the cervical spine')], [shoulderOnly])[0])).toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
    const noStudy = inSentence('care_course-4', 'She was referred to rule out a systemic cause of her back pain.', 'to rule out');
    expect(codes(decide([imaging('MRI of the lumbar spine')], [noStudy])[0])).toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
  });

  it('without a question, a course of care the record shows still helping stays not_met', () => {
    const helping = makeFact('care_course-5', 'care_course', { kind: 'conservative_failed' }, 'therapy did not help', { context: ['negated'] });
    const [s] = decide([imaging('MRI of the lumbar spine')], [helping]);
    expect(s.criteria.find((c) => c.criterionId === 'imaging-spine.conservative-care')!.status).toBe('not_met');
    // Round 5: the surgical-candidate gap yields to the contradicted course.
    expect(codes(s)).not.toContain('NOT_SURGICAL_CANDIDATE');
  });
});

describe('skull radiographs ask for no waiting period (IMG-11)', () => {
  it('x-rays of the head are not asked for conservative care; a femoral head film still is', () => {
    expect(codes(decide([imaging('X-rays of the head')], [])[0])).not.toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
    expect(codes(decide([imaging('X-ray of the right femoral head')], [])[0])).toContain('CONSERVATIVE_CARE_NOT_DOCUMENTED');
  });
});
