import { describe, expect, it } from 'vitest';
import { decisionReport } from '../../../src/eval/decision-report.ts';

// Two invented cases: one gap raised right, one gap missed, one extra gap, one decision wrong.
const gold = {
  A: { items: [{ item_index: 1, requested_treatment: 'MRI lumbar spine', decision: 'Upheld', gaps: ['NO_RED_FLAGS', 'RATIONALE_NOT_PROVIDED'],
    gap_evidence: { NO_RED_FLAGS: 'no red flags were described', RATIONALE_NOT_PROVIDED: 'the reason for the study is unclear' }, rationale: 'Not necessary.' }] },
  B: { items: [{ item_index: 1, requested_treatment: 'Physical therapy x6', decision: 'Overturned', gaps: [], gap_evidence: {},
    rationale: 'The worker has a new injury. Six visits fall within the guideline and are medically necessary.' }] },
};
const pred = {
  A: { items: [{ item_index: 1, decision: 'Upheld', gaps: ['NO_RED_FLAGS'], gap_evidence: { NO_RED_FLAGS: 'No red flags are documented' } }] },
  B: { items: [{ item_index: 1, decision: 'Upheld', gaps: ['HOME_PROGRAM_SUFFICIENT'], gap_evidence: { HOME_PROGRAM_SUFFICIENT: 'No reason a home program would not do' } }] },
};

describe('decisionReport', () => {
  const text = decisionReport(pred, gold);

  it('gives gap F1 per code', () => {
    expect(text).toMatch(/NO_RED_FLAGS\s+F1 1\.00 .*\(1 0 0\)/);
    expect(text).toMatch(/RATIONALE_NOT_PROVIDED\s+F1 0\.00 .*\(0 0 1\)/);
    expect(text).toMatch(/HOME_PROGRAM_SUFFICIENT\s+F1 0\.00 .*\(0 1 0\)/);
  });

  it('gives the confusion matrix, gold by predicted', () => {
    expect(text).toMatch(/Upheld\s+1\s+0\n\s+Overturned\s+1\s+0/);
  });

  it('puts the reviewer words beside the pipeline words for each disagreement', () => {
    expect(text).toContain('gap missed RATIONALE_NOT_PROVIDED x1');
    expect(text).toContain('reviewer: the reason for the study is unclear');
    expect(text).toContain('decision Overturned->Upheld x1');
    expect(text).toContain('are medically necessary');
    expect(text).toContain('pipeline: No reason a home program would not do');
  });
});
