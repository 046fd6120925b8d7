/**
 * Backlog: phenomena the project's fixture corpus (corpora/fixtures) shows the pipeline still gets
 * wrong, one `it.fails` per failure class, each with its own sentence (not a fixture's). A test here
 * passes while the failure persists; when a change fixes the phenomenon the test starts failing,
 * and the fix should turn `it.fails` into `it`. Everything runs through the whole pipeline and the
 * gold export, so the tests do not depend on which extractor ends up fixing a phenomenon.
 */
import { describe, expect, it } from 'vitest';
import { createCaseFromJson } from '../../../src/intake/case-json.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';
import { toGoldCase } from '../../../src/report/gold-export.ts';

const pipeline = createPipeline();

interface Summary {
  date_of_injury: string | null;
  diagnoses: string[];
  prior_treatments: { modality: string; count: number | null; count_qualifier: string | null }[];
  pain_relief: { percent_low: number; percent_high: number }[];
  pain_scores: { value: number }[];
  functional_improvement: { evidence: { dimension: string; direction: string }[] };
  work_status: { category: string | null };
  medications: string[];
}
interface Request { modality: string; quantity: number | null }

/** Screens a summary (and requested items) as `eval cases` does and returns the exported prediction. */
function screen(summary: string, requests: string[] = []) {
  const input = createCaseFromJson({ case_number: 'BL', summary, items: requests.map((r, i) => ({ item_index: i + 1, requested_treatment: r })) }, 'backlog.json');
  const gold = toGoldCase(pipeline.run(input));
  return { summary: gold.summary as unknown as Summary, requests: gold.items.map((i) => i.request as Request) };
}

const evidence = (text: string) => screen(text).summary.functional_improvement.evidence.map((e) => `${e.dimension}/${e.direction}`);

describe('backlog (fixtures): relief, scores, dates, work status', () => {
  it.fails('percent written as a word ("relief of eighty percent")', () => {
    expect(screen('The facet injection gave relief of eighty percent for about a week.').summary.pain_relief.map((r) => [r.percent_low, r.percent_high])).toEqual([[80, 80]]);
  });
  it.fails('a rating at the end of a SOAP complaint with abbreviations ("c/o LBP radiating to L hip, 5/10")', () => {
    expect(screen('S: Pt c/o LBP radiating to L hip, 5/10.').summary.pain_scores.map((s) => s.value)).toEqual([5]);
  });
  it.fails('a "cumulative trauma date of injury of A to B" takes the end date', () => {
    expect(screen('This 40 year old man developed wrist pain from repetitive work, with a cumulative trauma date of injury of 02/02/2013 to 02/02/2015.').summary.date_of_injury).toBe('2015-02-02');
  });
  it.fails('a family member\'s medication is not the worker\'s', () => {
    expect(screen('He takes ibuprofen. His wife takes Lyrica for fibromyalgia.').summary.medications).toEqual(['ibuprofen']);
  });
  it.fails('"advanced from TTD to modified duty" is modified duty', () => {
    expect(screen('He has been advanced from TTD to modified duty.').summary.work_status.category).toBe('modified_duty');
  });
  it.fails('"WORK STATUS: Unknown" is unclear', () => {
    expect(screen('WORK STATUS: Unknown; she did not bring her work status form.').summary.work_status.category).toBe('unclear');
  });
  it.fails('"not working and remains temporarily totally disabled" is TTD', () => {
    expect(screen('He is not working and remains temporarily totally disabled.').summary.work_status.category).toBe('ttd');
  });
});

describe('backlog (fixtures): functional improvement in each MTUS dimension and direction', () => {
  const cases: [string, string, string[]][] = [
    ['activity tolerance improved', 'Walking tolerance is now 30 minutes, up from 10 minutes.', ['activity_tolerance/improved']],
    ['activity tolerance worsened', 'His standing tolerance has decreased to 15 minutes.', ['activity_tolerance/worsened']],
    ['medication use improved', 'She was able to reduce her tramadol from three to one tablet daily.', ['medication_use/improved']],
    ['medication use stopped', 'He stopped taking Norco last month.', ['medication_use/improved']],
    ['medication use worsened', 'He has increased his Percocet use from 3 to 5 tablets a day.', ['medication_use/worsened']],
    ['medication use not improved', 'There has been no reduction in her medication use.', ['medication_use/not_improved']],
    ['ADL improved', 'She is now able to bathe and dress without help.', ['adl/improved']],
    ['ADL resumed', 'She has resumed cooking for her family.', ['adl/improved']],
    ['ADL increased ability to do housework', 'She reports an increased ability to do housework such as mopping since the injections.', ['adl/improved']],
    ['ADL not improved', 'He still cannot lift his grandson or carry laundry.', ['adl/not_improved']],
    ['ADL worsened', 'He now needs help getting out of the bathtub.', ['adl/worsened']],
    ['range of motion improved', 'Lumbar flexion has improved from 40 to 70 degrees.', ['objective_measure/improved']],
    ['disability index improved', 'Neck Disability Index improved from 40% to 22%.', ['objective_measure/improved']],
    ['strength unchanged', 'Grip strength is unchanged at 20 kg.', ['objective_measure/not_improved']],
    ['strength worsened', 'Shoulder abduction strength decreased from 5/5 to 4/5.', ['objective_measure/worsened']],
    ['work restrictions improved', 'He has progressed from TTD to modified work.', ['work_restrictions/improved']],
    ['work restrictions not improved', 'Her work restrictions are unchanged.', ['work_restrictions/not_improved']],
    ['terse general not improved', 'Function unchanged.', ['general/not_improved']],
    ['response not documented', 'The response to the prior acupuncture is not documented.', ['general/absent_documentation']],
    ['pain-only failure is not functional', 'She had six acupuncture sessions, which did not help her pain.', []],
  ];
  for (const [name, text, expected] of cases) {
    it.fails(name, () => {
      expect(evidence(text)).toEqual(expected);
    });
  }
});
