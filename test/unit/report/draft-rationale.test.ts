import { describe, expect, it } from 'vitest';
import { draftRationale } from '../../../src/report/html/draft-rationale.ts';
import { FIXTURE_RESULT } from './report-fixture.ts';

describe('draft rationale', () => {
  const [item] = FIXTURE_RESULT.items;

  it('argues as an IMR determination: guideline, documentation, gaps, conclusion', () => {
    const text = draftRationale(FIXTURE_RESULT, item);
    expect(text).toMatch(/^Under the MTUS Chronic Pain Medical Treatment Guidelines 2016 \(with 8 CCR\), the following criteria apply/);
    expect(text).toContain('there is documentation of diagnoses of lumbar strain and lumbar radiculopathy');
    // Historical diagnoses are not the current ones.
    expect(text).not.toContain('carpal tunnel');
    expect(text).toContain('"10 sessions of physical therapy"');
    expect(text).toMatch(/However, 10 prior physical therapy visits .*; and no documentation of functional improvement/);
    expect(text).toMatch(/the request for 8 more physical therapy visits is not medically necessary\.$/);
  });

  it('says medically necessary for a supported item, and asks for the guideline when no pack applied', () => {
    const supported = draftRationale(FIXTURE_RESULT, { ...item, outcome: 'supported', decision: 'Overturned', gaps: [] });
    expect(supported).toMatch(/is medically necessary\.$/);
    expect(supported).not.toContain('However');
    const unscreened = draftRationale(FIXTURE_RESULT, { ...item, packId: null, criteria: [], gaps: [] });
    expect(unscreened).toMatch(/^\[Guideline and criteria to be added by the reviewer: no rule pack covers physical therapy\.\]/);
  });
});
