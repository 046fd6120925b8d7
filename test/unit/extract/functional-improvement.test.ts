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

describe('functional improvement in PR-2 phrasings (each MTUS dimension and direction)', () => {
  it.each([
    ['Walking tolerance is now 30 minutes, up from 10 minutes.', ['activity_tolerance/improved']],
    ['Since the injections she can sit for forty minutes, previously fifteen.', ['activity_tolerance/improved']],
    ['He can stand for 10 minutes, down from 30 minutes.', ['activity_tolerance/worsened']],
    ['His standing tolerance has decreased to 15 minutes.', ['activity_tolerance/worsened']],
    ['She has still not been able to walk to the corner store.', ['activity_tolerance/not_improved']],
    ['She was able to reduce her tramadol from three to one tablet daily.', ['medication_use/improved']],
    ['He stopped taking Norco last month.', ['medication_use/improved']],
    ['He has increased his Percocet use from 3 to 5 tablets a day.', ['medication_use/worsened']],
    ['There has been no reduction in her medication use.', ['medication_use/not_improved']],
    ['She is now able to bathe and dress without help.', ['adl/improved']],
    ['She has resumed cooking for her family.', ['adl/improved']],
    ['She reports an increased ability to do housework such as mopping since the injections.', ['adl/improved']],
    ['He still cannot lift his grandson or carry laundry.', ['adl/not_improved']],
    ['He now needs help getting out of the bathtub.', ['adl/worsened']],
    ['Lumbar flexion has improved from 40 to 70 degrees.', ['objective_measure/improved']],
    ['Neck Disability Index improved from 40% to 22%.', ['objective_measure/improved']],
    ['Her Oswestry score decreased from 46 to 30.', ['objective_measure/improved']],
    ['Grip strength is unchanged at 20 kg.', ['objective_measure/not_improved']],
    ['Shoulder abduction strength decreased from 5/5 to 4/5.', ['objective_measure/worsened']],
    ['He has progressed from TTD to modified work.', ['work_restrictions/improved']],
    ['Her work restrictions are unchanged.', ['work_restrictions/not_improved']],
    ['Function unchanged.', ['general/not_improved']],
    ['The response to the prior acupuncture is not documented.', ['general/absent_documentation']],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });

  it('leaves out pain-only failures, plans, non-pain drugs and exam findings', () => {
    expect(evidence('She had six acupuncture sessions, which did not help her pain.')).toEqual([]);
    expect(evidence('The plan is to reduce her gabapentin to 300 mg at night.')).toEqual([]);
    expect(evidence('The cardiologist is decreasing metoprolol to 25 mg twice a day.')).toEqual([]);
    expect(evidence('The injection reduced her pain from 8/10 to 4/10.')).toEqual([]);
    expect(evidence('Lumbar range of motion is decreased in all planes.')).toEqual([]);
    expect(evidence('She is only able to walk for 10 minutes before resting.')).toEqual([]);
  });

  it('does not read a return to work right after the injury as improvement', () => {
    expect(evidence('He fell from the ladder on 3/2/2015, finished his shift, and returned to work the next day.')).toEqual([]);
    expect(evidence('After eight therapy visits he returned to work in May.')).toEqual(['work_restrictions/improved']);
  });
});
