import { describe, expect, it } from 'vitest';
import { assessFunctionalImprovement, createSituation, findPriorCount, PREDICATES } from '../../../src/decide/index.ts';
import { makeFact, makeItem } from './make-fact.ts';

const fi = (id: string, dimension: 'general' | 'adl' | 'work_restrictions', direction: 'improved' | 'not_improved' | 'absent_documentation', context: ('negated' | 'hypothetical' | 'family' | 'documentation_gap')[] = []) =>
  makeFact(id, 'functional_improvement', { dimension, direction }, 'function words', { context });

describe('functional improvement evidence', () => {
  it('a named-dimension gain is documented even beside a not_improved statement', () => {
    const a = assessFunctionalImprovement([fi('f1', 'adl', 'improved'), fi('f2', 'work_restrictions', 'not_improved')]);
    expect(a.status).toBe('documented');
    expect(a.basis.map((f) => f.id)).toEqual(['f1']);
  });

  it('a general gain against an explicit absence statement is not documented, citing both', () => {
    const a = assessFunctionalImprovement([fi('f1', 'general', 'improved'), fi('f2', 'general', 'absent_documentation')]);
    expect(a.status).toBe('absent');
    expect(a.basis.map((f) => f.id)).toEqual(['f2', 'f1']);
  });

  it('a documentation-gap context turns an "improved" reading into absence', () => {
    expect(assessFunctionalImprovement([fi('f1', 'adl', 'improved', ['documentation_gap'])]).status).toBe('absent');
  });

  it('hypothetical and family mentions are ignored', () => {
    const s = createSituation(makeItem({ modality: 'acupuncture', quantity: 6, continuation: true }), [
      fi('f1', 'adl', 'improved', ['hypothetical']), fi('f2', 'work_restrictions', 'improved', ['family']),
    ]);
    expect(s.fi.status).toBe('not_found');
  });
});

describe('prior count', () => {
  it('a record count makes an unmarked request a continuation', () => {
    const facts = [makeFact('p1', 'prior_treatment', { modality: 'physical_therapy', count: 8, countQualifier: 'at_least' }, 'at least 8 PT visits')];
    expect(findPriorCount(facts, 'physical_therapy').summary).toMatch(/^8 \(at least\) prior physical therapy sessions per p1/);
    expect(createSituation(makeItem({ modality: 'physical_therapy', quantity: 4 }), facts).continuation).toBe(true);
  });
});

describe('pain relief predicate', () => {
  const relief = PREDICATES['pain-relief-documented'];
  it('accepts a pain score that fell with treatment', () => {
    const s = createSituation(makeItem({ modality: 'chiropractic', quantity: 4, continuation: true }), [
      makeFact('s1', 'pain_score', { value: 8, max: 10, qualifier: 'before_treatment' }, '8/10 before'),
      makeFact('s2', 'pain_score', { value: 4, max: 10, qualifier: 'after_treatment' }, '4/10 after'),
    ]);
    expect(relief.evaluate({}, s)).toMatchObject({ status: 'met', facts: ['s1', 's2'] });
  });

  it('does not credit relief attributed to another modality, and applies minPercent', () => {
    const facts = [makeFact('r1', 'pain_relief', { percentLow: 50, percentHigh: 50, duration: null, attributedTo: 'injection_epidural' }, '50% relief')];
    const s = createSituation(makeItem({ modality: 'acupuncture', quantity: 4, continuation: true }), facts);
    expect(relief.evaluate({}, s).status).toBe('not_documented');
    const own = createSituation(makeItem({ modality: 'acupuncture', quantity: 4 }), [makeFact('r2', 'pain_relief', { percentLow: 20, percentHigh: 20, duration: null, attributedTo: null }, '20% relief')]);
    expect(relief.evaluate({ minPercent: 30 }, own)).toMatchObject({ status: 'not_met', facts: ['r2'] });
  });
});

describe('evidence lexicon entries', () => {
  it('an entry may require prior care, named by modality codes only', async () => {
    const { EvidenceEntry } = await import('../../../src/extract/evidence-lexicon.ts');
    const entry = { id: 'x.y', example: 'She still has pain.', kind: 'persisting_after_care', patterns: ['still\\s+has'] };
    expect(EvidenceEntry.parse({ ...entry, requiresPriorCare: ['physical_therapy'] }).requiresPriorCare).toEqual(['physical_therapy']);
    expect(EvidenceEntry.safeParse({ ...entry, requiresPriorCare: ['yoga_retreat'] }).success).toBe(false);
  });
});
