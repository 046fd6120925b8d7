import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeAudit } from '../../../src/audit/aggregate.ts';
import { toCsv } from '../../../src/audit/csv.ts';
import { runAudit } from '../../../src/audit/run-audit.ts';
import { AUDIT_CSV_FILES } from '../../../src/audit/render-audit.ts';
import type { CaseResult } from '../../../src/core/case-result.ts';
import { createPipeline } from '../../../src/pipeline/create-pipeline.ts';
import { FIXTURE_RESULT } from './report-fixture.ts';

const variant = (caseId: string, fields: Partial<CaseResult>): CaseResult => ({ ...FIXTURE_RESULT, caseId, ...fields });

describe('audit summary', () => {
  const bare = variant('BARE', {
    facts: [], documents: [{ ...FIXTURE_RESULT.documents[0], metadata: { ur_denial_date: '03/01/2017', specialty: 'Orthopedics' } }],
    items: [{ ...FIXTURE_RESULT.items[0], gaps: [] }],
  });
  const s = summarizeAudit([FIXTURE_RESULT, bare]);

  it('counts items and gaps by code, modality, criterion and month', () => {
    expect(s).toMatchObject({ cases: 2, items: 2, itemsWithGaps: 1, gaps: 2 });
    expect(s.byCode).toEqual([{ code: 'EXCEEDS_GUIDELINE_QUANTITY', items: 1 }, { code: 'FUNCTIONAL_IMPROVEMENT_NOT_DOCUMENTED', items: 1 }]);
    expect(s.byModality).toEqual([{ key: 'physical_therapy', cases: 2, items: 2, itemsWithGaps: 1, gaps: 2, missingFacts: 5 }]);
    expect(s.byCriterion.find((c) => c.criterionId === 'pt.total-visits')).toMatchObject({ applied: 2, notMet: 2, met: 0 });
    expect(s.byCriterion.find((c) => c.criterionId === 'pt.initial-trial')).toMatchObject({ applied: 0 });
    expect(s.byMonth.map((m) => m.key)).toEqual(['2017-02', '2017-03']);
    expect(s.requestDateBasis.sort()).toEqual(['UR denial date', 'request date']);
    expect(s.byProvider).toEqual([{ key: 'Orthopedics', cases: 1, items: 1, itemsWithGaps: 0, gaps: 0, missingFacts: 4 }]);
  });

  it('finds which facts are missing and ranks cases by gaps', () => {
    const m = Object.fromEntries(s.missing.map((r) => [r.id, [r.relevant, r.missing]]));
    // The fixture has a counted prior course, relief with duration, work status and scores, but no functional measure.
    expect(m).toEqual({ prior_count: [1, 0], functional_measure: [2, 2], pain_relief_duration: [2, 1], work_status: [2, 1], pain_score: [2, 1] });
    expect(s.ranked.map((c) => c.caseId)).toEqual(['FIXTURE-1', 'BARE']);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: '=1+1', d: -3 }], ['a', 'b', 'c', 'd'])).toBe('a,b,c,d\r\n"x,y","say ""hi""",\'=1+1,-3\r\n');
  });
});

describe('audit run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prescreen-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('screens a folder of case JSON files and writes the page, the CSV files and one report per case', async () => {
    const cases = join(dir, 'in', 'cases');
    mkdirSync(cases, { recursive: true });
    const summary = 'The worker is a 38-year-old man hurt on 05/05/2016. He has had 6 chiropractic visits with no change. Pain is 7/10. He is on modified duty.';
    writeFileSync(join(cases, 'A-1.json'), JSON.stringify({ case_number: 'A-1', header: { date_of_injury: '05/05/2016', ur_denial_date: '11/02/2016' }, summary, items: [{ item_index: 1, requested_treatment: 'Chiropractic 6 visits' }] }));
    writeFileSync(join(cases, 'B-2.json'), JSON.stringify({ case_number: 'B-2', header: { ur_denial_date: '12/12/2016' }, summary: 'A 60-year-old woman with knee pain.', items: [{ item_index: 1, requested_treatment: 'Acupuncture x 12' }] }));
    writeFileSync(join(cases, 'broken.json'), '{ not json');
    const out = join(dir, 'out');
    const progress: number[] = [];
    const run = await runAudit({ input: join(dir, 'in'), out, pipeline: createPipeline(), onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2, 3]);
    expect(run.failures.map((f) => f.file)).toEqual(['broken.json']);
    expect(run.summary).toMatchObject({ cases: 2, items: 2 });
    const page = readFileSync(join(out, 'audit.html'), 'utf8');
    for (const [file] of AUDIT_CSV_FILES) {
      expect(existsSync(join(out, file))).toBe(true);
      expect(page).toContain(`href="${file}"`);
    }
    expect(page).toContain('href="cases/A-1.html"');
    expect(existsSync(join(out, 'cases', 'A-1.html'))).toBe(true);
    expect(page).toContain('<svg ');
    expect(readFileSync(join(out, 'gaps-by-month.csv'), 'utf8')).toMatch(/^month,cases,missingFacts,items,itemsWithGaps,gaps,gapsPerItem\r\n2016-11,1,\d,1,/);
  });
});
