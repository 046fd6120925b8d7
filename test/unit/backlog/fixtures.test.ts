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

describe('backlog (fixtures): functional improvement', () => {
  // Class: a terse general statement followed by a specific one in the same sentence ("Function
  // unchanged - still unable to ..."): the general one is dropped as the specific one's twin.
  // (The per-dimension probes and the relief, score, date, medication and work-status classes
  // are fixed; their tests now live in test/unit/extract/.)
  it.fails('keeps a general statement beside a separate specific one', () => {
    expect(evidence('Function unchanged - still unable to walk more than one block.')).toEqual(['general/not_improved', 'activity_tolerance/not_improved']);
  });
});
