import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import type { Fact } from '../../../src/core/fact.ts';
import { createFunctionalImprovementExtractor } from '../../../src/extract/functional-improvement.ts';
import { toFacts } from '../../../src/extract/provenance.ts';
import { isAsserted } from '../../../src/report/assertion.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';

const analyze = createAnalyzer();
const extractor = createFunctionalImprovementExtractor({});

/** Asserted evidence of a text as "dimension/direction" strings. */
function evidence(text: string): string[] {
  const ad = analyze(createDocument({ id: 'doc-1', source: 't.txt', kind: 'text', pages: [{ text }] }));
  return toFacts(ad, extractor.extract(ad))
    .map((f, i) => ({ ...f, id: `f-${i}` }) as Fact)
    .filter(isAsserted)
    .map((f) => {
      const v = f.value as { dimension: string; direction: string };
      return `${v.dimension}/${v.direction}`;
    });
}

describe('functional improvement extractor', () => {
  it('codes the key IMR statement as absent documentation (general)', () => {
    expect(evidence('Eight sessions were completed. There is no documentation of functional benefit or improvement as a reduction in work restrictions; an increase in activity tolerance; and/or a reduction in the use of medications as a result of therapy.'))
      .toEqual(['general/absent_documentation']);
    expect(evidence('Chiropractic care was denied for lack of documentation of functional improvement.')).toEqual(['general/absent_documentation']);
    expect(evidence('The notes do not reflect any functional benefit from prior visits.')).toEqual(['general/absent_documentation']);
  });

  it('finds gains per dimension', () => {
    expect(evidence('Since therapy she is able to walk longer.')).toEqual(['activity_tolerance/improved']);
    expect(evidence('He returned to modified duty last month.')).toEqual(['work_restrictions/improved']);
    expect(evidence('She decreased her Norco use after acupuncture.')).toEqual(['medication_use/improved']);
    expect(evidence('He reports improved ADLs.')).toEqual(['adl/improved']);
    expect(evidence('Therapy led to improved range of motion.')).toEqual(['objective_measure/improved']);
  });

  it('codes failures as general not improved, and decline as worsened', () => {
    expect(evidence('Six chiropractic visits did not help.')).toEqual(['general/not_improved']);
    expect(evidence('After two months he was no better.')).toEqual(['general/not_improved']);
    expect(evidence('She has had no improvement.')).toEqual(['general/not_improved']);
    expect(evidence('He reports worsening function at home.')).toEqual(['general/worsened']);
  });

  it('ignores pain-only change and bare mentions of the concept', () => {
    expect(evidence('Acupuncture gave 30% pain relief and no improvement in pain at night.')).toEqual([]);
    expect(evidence('The injections have not been helpful in relieving her pain.')).toEqual([]);
    expect(evidence('Further visits require objective functional improvement.')).toEqual([]);
  });

  it('uses context: negated gains, denied failures, hypothetical statements', () => {
    expect(evidence('He is not able to walk longer than before.')).toEqual(['activity_tolerance/not_improved']);
    expect(evidence('He has not returned to work.')).toEqual([]);
    expect(evidence('There is no evidence that the patient has failed conservative treatment.')).toEqual([]);
    expect(evidence('If he returns to work, therapy can stop.')).toEqual([]);
  });
});
