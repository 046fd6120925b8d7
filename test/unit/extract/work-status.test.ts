import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import type { Fact } from '../../../src/core/fact.ts';
import { toFacts } from '../../../src/extract/provenance.ts';
import { createWorkStatusExtractor } from '../../../src/extract/work-status.ts';
import { isAsserted } from '../../../src/report/assertion.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';

const analyze = createAnalyzer();
const extractor = createWorkStatusExtractor({});
const categories = (text: string) =>
  extractor.extract(analyze(createDocument({ id: 'd1', source: 't.txt', kind: 'text', pages: [{ text }] })))
    .map((c) => (c.type === 'work_status' ? c.value.category : null));

describe('work status', () => {
  it.each([
    ['The claimant remains temporarily totally disabled.', 'ttd'],
    ['Work status: TTD until the next visit.', 'ttd'],
    ['She is to stay off work for two weeks.', 'ttd'],
    ['The carpenter was returned to light duty on Monday.', 'modified_duty'],
    ['He may return to work with restrictions of no lifting over 10 pounds.', 'modified_duty'],
    ['She went back to her regular duties last month.', 'full_duty'],
    ['He was released to work without restrictions.', 'full_duty'],
    ['The mechanic is currently not working.', 'not_working'],
    ['She is unemployed.', 'not_working'],
    ['He retired from driving a bus in 2012.', 'retired'],
    ['The claimant was found permanent and stationary.', 'permanent_and_stationary'],
    ['He has reached MMI for the shoulder.', 'permanent_and_stationary'],
    ['The current work status is unclear.', 'unclear'],
  ])('%s -> %s', (text, category) => {
    expect(categories(text)[0]).toBe(category);
  });

  it('emits every statement in document order', () => {
    expect(categories('He is working modified duty. Later he was placed on temporary total disability.')).toEqual(['modified_duty', 'ttd']);
  });

  it('skips past treatment lists, questions, negated P&S and headers', () => {
    expect(categories('Past treatment included medications and work restrictions.')).toEqual([]);
    expect(categories('Has the worker reached maximum medical improvement?')).toEqual([]);
    expect(categories('She is not yet permanent and stationary.')).toEqual([]);
    expect(categories('WORK RESTRICTIONS:\nNone were discussed today.')).toEqual([]);
  });

  it('does not take fired equipment or restricted range of motion as a status', () => {
    expect(categories('The stapler was fired across the vessel. There was no restriction of motion.')).toEqual([]);
  });
});

// Error classes found reviewing MTSamples notes (issue 3); sentences are our own.
describe('work status (mtsamples review)', () => {
  it('drops a negated temporary total disability', () => {
    expect(categories('In my opinion the claimant is not temporarily totally disabled by the knee sprain.')).toEqual([]);
    expect(categories('The claimant remains temporarily and totally disabled.')).toEqual(['ttd']);
  });

  it('drops a status the examiner is only asked about', () => {
    expect(categories('Please indicate whether the allowed condition has temporarily and totally disabled the claimant since May.')).toEqual([]);
    const ad = analyze(createDocument({ id: 'd1', source: 't.txt', kind: 'text', pages: [{ text: 'QUESTION:\nState the period the claimant was temporarily totally disabled.\nANSWER:\nHe works full duty.' }] }));
    expect(toFacts(ad, extractor.extract(ad)).map((f) => (f.value as { category?: string }).category)).toEqual(['full_duty']);
  });
});

describe('work status: changes, unknown status, reasons for not working', () => {
  it('takes the status a worker was advanced to, not the one left', () => {
    expect(categories('He has been advanced from TTD to modified duty.')).toEqual(['modified_duty']);
    expect(categories('She moved from light duty to full duty this month.')).toEqual(['full_duty']);
  });
  it('reads "WORK STATUS: Unknown" as unclear', () => {
    expect(categories('WORK STATUS: Unknown; she did not bring her work status form.')).toEqual(['unclear']);
  });
  it('reads "not working and remains TTD" as TTD, plain "not working" as not working', () => {
    expect(categories('He is not working and remains temporarily totally disabled.')).toEqual(['ttd']);
    expect(categories('She is not working at this time.')).toEqual(['not_working']);
  });
});

describe('work status: progress-note forms', () => {
  it.each([
    ['Work status: TPD - may return to work w/ restrictions.', 'modified_duty'],
    ['WORK STATUS: Modified - seated work only.', 'modified_duty'],
    ['Work status: sedentary duty only until next visit.', 'modified_duty'],
    ['Status: temporarily partially disabled.', 'modified_duty'],
    ['She may return to work with no lifting over 15 lbs.', 'modified_duty'],
    ['He is not currently employed.', 'not_working'],
    ['The welder has been unemployed since March.', 'not_working'],
    ['Patient is TTD x 6 weeks.', 'ttd'],
    ['He has been off work until next visit.', 'ttd'],
    ['He remains totally disabled.', 'ttd'],
    ['Work status: regular work.', 'full_duty'],
  ])('%s -> %s', (text, category) => {
    expect(categories(text)[0]).toBe(category);
  });
  it('lets a stated status win over a partial-disability rating', () => {
    expect(categories('Disability status: temporarily partially disabled. He has not worked since May.')).toEqual(['not_working']);
    expect(categories('Work status: TPD.')).toEqual(['modified_duty']);
  });
  it('does not read a seated position as a work status', () => {
    expect(categories('The exam was done in the seated position.')).toEqual([]);
  });
});

describe('work status: continuing statuses are current, not planned', () => {
  it('keeps "will remain TTD" after the assertion step', () => {
    const asserted = (text: string) => {
      const ad = analyze(createDocument({ id: 'd1', source: 't.txt', kind: 'text', pages: [{ text }] }));
      return toFacts(ad, extractor.extract(ad)).map((f, i) => ({ ...f, id: `f-${i}` }) as Fact).filter(isAsserted).map((f) => (f.value as { category: string }).category);
    };
    expect(asserted('Patient will remain TTD through the next visit.')).toEqual(['ttd']);
    expect(asserted('She will remain off work until re-evaluation.')).toEqual(['ttd']);
    expect(asserted('If surgery is done he would be TTD.')).toEqual([]);
  });
});

describe('work status: P&S after TTD, not working', () => {
  it('lets a current P&S declaration outrank an earlier TTD mention', () => {
    expect(categories('He has been TTD since surgery. Today I find him permanent and stationary.')[0]).toBe('permanent_and_stationary');
    expect(categories('Work status: TTD.\nAssessment: the patient has reached MMI as of today.')[0]).toBe('permanent_and_stationary');
  });

  it('keeps TTD when P&S is still to come or denied', () => {
    expect(categories('She will remain TTD until she reaches MMI.')[0]).toBe('ttd');
    expect(categories('He is TTD. He is not yet at MMI.')).toEqual(['ttd']);
  });

  it.each([
    'He has not worked for 6 months.',
    "She isn't working right now.",
    'Employment: not working.',
    'Work status: Not working',
    "He hasn't worked since the accident.",
  ])('%s -> not_working', (text) => {
    expect(categories(text)).toEqual(['not_working']);
  });
});

describe('work status: checkbox forms and jobless workers', () => {
  it('counts only the checked box', () => {
    expect(categories('Work status: [X] Modified duty [ ] TTD [ ] Full duty')).toEqual(['modified_duty']);
    expect(categories('Work status: [ ] Modified duty [x] TTD')).toEqual(['ttd']);
    expect(categories('Work status: ☐ Full duty ☒ Light duty ☐ Off work')).toEqual(['modified_duty']);
  });
  it('reads off work after a lay-off as not working, not TTD', () => {
    expect(categories('He was laid off in March and has been off work since.')).toEqual(['not_working']);
    expect(categories('She remains off work pending the MRI.')).toEqual(['ttd']);
  });
});

describe('work status: form-like progress notes', () => {
  it.each([
    ['Released to usual work on 9/14 with these restrictions: no kneeling.', ['modified_duty']],
    ['Return to work full time with limitations as listed.', ['modified_duty']],
    ['Restricted duty for now; regular duty expected in three weeks.', ['modified_duty']],
    ['Status: light duty. Full work as of the next appointment.', ['modified_duty']],
    ['Regular duty: N. Light duty: Y.', ['modified_duty']],
    ['Light duty is not available at her employer; she is temporarily totally disabled.', ['ttd']],
    ['The employer was unable to accommodate modified work, so he is TTD.', ['ttd']],
    ['She returned to regular duty on 2/10.', ['full_duty']],
    ['Work status: regular duty.', ['full_duty']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('work status: working full time or the usual job', () => {
  it.each([
    ['She works full time as a bank teller.', ['full_duty']],
    ['He continues to work full-time at the warehouse.', ['full_duty']],
    ['He is working his regular shifts.', ['full_duty']],
    ['She is employed full time as a bookkeeper.', ['full_duty']],
    ['Working regular duty.', ['full_duty']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it('leaves out wishes, clinic visits and part-time work', () => {
    expect(categories('She would like to work full time again.')).toEqual([]);
    expect(categories('He returned to the clinic on 4/2 for a recheck.')).toEqual([]);
    expect(categories('He works part time at a hardware store.')).toEqual([]);
  });
});

describe('work status: the latest of a sequence', () => {
  it.each([
    ['She was on light duty until 03/2024, when she was taken off work.', ['ttd']],
    ['He worked modified duty until last month and was then placed off work.', ['ttd']],
    // A planned review keeps the current modified duty.
    ['He will remain on modified duty until 5/1, when he will be reevaluated.', ['modified_duty']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('work status stated as unknown or not addressed', () => {
  it.each([
    ['Work status was not addressed at this visit.', 'unclear'],
    ['RTW status has not been documented.', 'unclear'],
    ['It is unknown whether the worker has returned to work.', 'unclear'],
    // A documented status is that status, not "unclear".
    ['Work status was documented as modified duty.', 'modified_duty'],
  ])('%s -> %s', (text, category) => {
    expect(categories(text)).toContain(category);
    if (category !== 'unclear') expect(categories(text)).not.toContain('unclear');
  });
});

describe('work status: a current release to full duty', () => {
  it('drops earlier restricted statuses once the worker is released to full duty', () => {
    expect(categories('The welder had been on light duty since the spring. He was released to full duty at this visit.')).toEqual(['full_duty']);
    expect(categories('She was off work for a month after the fall. She is working her usual job again.')).toEqual(['full_duty']);
  });

  it('keeps the restriction when the full-duty release is still to come', () => {
    expect(categories('She may return to full duty in three weeks. Until then she stays on modified duty.')).toEqual(['modified_duty']);
  });
});

describe('work status: changes with an object, attributed unknowns, SOAP work lines, continued usual job', () => {
  it.each([
    ['Dr. Lee changed her restrictions from light duty to off work.', 'ttd'],
    ['The treating physician moved him from modified duty to TTD.', 'ttd'],
    ['Work status: per PTP, unknown to this office.', 'unclear'],
    ['Work status: according to the employer, unknown.', 'unclear'],
    ['He has continued working his usual and customary job as a baker.', 'full_duty'],
    ['She continues at her regular job.', 'full_duty'],
    ['He remains in his usual position at the plant.', 'full_duty'],
  ])('%s -> %s', (text, category) => {
    expect(categories(text)).toEqual([category]);
  });

  it('reads a SOAP work line ("W:" or "W - ") after the plan as asserted', () => {
    const asserted = (text: string) => {
      const ad = analyze(createDocument({ id: 'd1', source: 't.txt', kind: 'text', pages: [{ text }] }));
      return toFacts(ad, extractor.extract(ad)).map((f, i) => ({ ...f, id: `f-${i}` }) as Fact).filter(isAsserted).map((f) => (f.value as { category: string }).category);
    };
    expect(asserted('S: Elbow pain 4/10\nP: Request forearm strap and OT\nW - modified work: no repetitive gripping')).toEqual(['modified_duty']);
    expect(asserted('S: Back pain\nP: Request MRI\nW: TTD for 2 weeks')).toEqual(['ttd']);
  });
});

describe('work status: ruled-out statuses, current over past, goals, forms (PR-2 round 2)', () => {
  it.each([
    // The status denied is not the status; the one after the dash is.
    ['Light duty not possible - TTD x 3 wks.', ['ttd']],
    ['Regular work is not an option at this time; remains TTD.', ['ttd']],
    // An unaccommodated restriction means off work.
    ['Desk work only. The employer cannot accommodate; he is off work.', ['ttd']],
    ['One-handed duty only. Company unable to accommodate; she is currently off work.', ['ttd']],
    // A current statement outranks a past one in its sentence or the sentence before.
    ['He returned to light duty on 11/04/2025 (no ladders), previously TTD.', ['modified_duty']],
    ['Previously off work; returned to restricted duty last week.', ['modified_duty']],
    ['She worked light duty until 08/2025; now kept off work because of numbness.', ['ttd']],
    ['He was TTD for a month. As of today he is on modified duty.', ['modified_duty']],
    // Goals, discussions and job descriptions are not a release to full duty.
    ['Light duty continues. Goal: return to full duty by spring.', ['modified_duty']],
    ['Restricted duty. Discussed a gradual return to regular work.', ['modified_duty']],
    ['Occupation: baker; usual duties include lifting 50 lb sacks. Returned to light duty.', ['modified_duty']],
    ['On modified duty. She is able to drive without restrictions.', ['modified_duty']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it('counts only checked boxes, whatever the box and however long the label', () => {
    expect(categories('Work status: [x] Light duty ... [ ] Return to full duty [ ] Permanent and stationary')).toEqual(['modified_duty']);
    expect(categories('[X] Modified work\n[ ] Return to regular work on ______ without any limitations or restrictions')).toEqual(['modified_duty']);
    expect(categories('Disability: ( ) TTD (X) Modified duty ( ) Full duty')).toEqual(['modified_duty']);
  });

  it('keeps statuses that stand together and releases that are stated', () => {
    expect(categories('The worker is currently not working but able to return to work with restrictions.')[0]).toBe('not_working');
    expect(categories('He was released to work without restrictions.')).toEqual(['full_duty']);
    expect(categories('She is TTD. Currently P&S for the wrist.')).toContain('permanent_and_stationary');
    expect(categories('Plan: return to full duty on 3/1.')).toEqual(['full_duty']);
  });
});
