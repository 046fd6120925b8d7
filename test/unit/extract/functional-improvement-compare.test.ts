import { describe, expect, it } from 'vitest';
import { evidence } from './fi-evidence.ts';
import { createDocument } from '../../../src/core/document.ts';
import { createComparisonFinder } from '../../../src/extract/functional-improvement-compare.ts';
import { createValueReader } from '../../../src/extract/functional-improvement-values.ts';
import { loadMedicationLexicons } from '../../../src/extract/medications-lexicon.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';
import { createMatcher } from '../../../src/text/matcher.ts';

const analyze = createAnalyzer();
const find = createComparisonFinder();
const drugs = createMatcher(loadMedicationLexicons().drugs);
/** The comparisons alone (before the phrasings of the functional-improvement lexicon win), as "dimension/direction". */
function compared(text: string): string[] {
  const ad = analyze(createDocument({ id: 'doc-1', source: 't.txt', kind: 'text', pages: [{ text }] }));
  return find(ad, drugs.findAll(ad.text)).map((c) => `${c.dimension}/${c.direction}`);
}


describe('comparisons: walking aids compared by their rung (none < cane < walker < wheelchair)', () => {
  it.each([
    ['Gets around with a quad cane today, was using a rolling walker two months ago.', 'activity_tolerance/improved'],
    ['Was in a wheelchair at the initial visit, now walking with crutches.', 'activity_tolerance/improved'],
    ['Now walks without any assistive device, was using a cane in the spring.', 'activity_tolerance/improved'],
    ['She has needed a walker since the fall, was using a single-point cane before.', 'activity_tolerance/worsened'],
    ['Ambulating 200 feet with a cane, was 50 feet with a walker.', 'activity_tolerance/improved'],
    ['She has progressed from a walker to a cane since therapy began.', 'activity_tolerance/improved'],
  ])('%s', (text, expected) => {
    expect(compared(text)).toEqual([expected]);
  });

  it.each([
    'Uses a cane for longer outings.',
    'He keeps a walker and a cane at home.',
    'Ambulates with a cane, was given a walker by home health.',
  ])('no comparison: %s', (text) => {
    expect(compared(text)).toEqual([]);
  });
});

describe('comparisons: medication rates, ranges and doses', () => {
  it.each([
    ['Percocet: taking about 2/day (down from 5/day).', 'medication_use/improved'],
    ['Tramadol cut back from 4 tabs a day to 1 tab a day after the injection.', 'medication_use/improved'],
    ['Taking it once a week now, was taking it two times daily.', 'medication_use/improved'],
    ['Takes 5-6 Norco per day, up from 3-4 at the prior visit.', 'medication_use/worsened'],
    ['Cyclobenzaprine 10 mg up to 2/day, unchanged.', 'medication_use/not_improved'],
    ['Naproxen 1 tab daily, was taking 3 tabs per day.', 'medication_use/improved'],
  ])('%s', (text, expected) => {
    expect(compared(text)).toEqual([expected]);
  });

  it.each([
    // A dose is no count per day; a list kept unchanged states no use.
    'Norco 5 mg daily; now 2 tabs per day.',
    'Medications: Norco, gabapentin, unchanged.',
    'Takes Norco 10/325, was prescribed 2 tabs a day by Dr. Lee.',
  ])('no comparison: %s', (text) => {
    expect(compared(text)).toEqual([]);
  });

  it('reads "up from" a range as more use, not less (whole extractor)', () => {
    expect(evidence('Takes 5-6 Norco per day, up from 3-4 at the prior visit.')).toEqual(['medication_use/worsened']);
  });
});

describe('comparisons: measures with arrows, units, sides and a verdict', () => {
  it.each([
    ['Pinch strength R 5 kg -> 8 kg since the last visit.', 'objective_measure/improved'],
    ['Grip R 40 lb -> 32 lb.', 'objective_measure/worsened'],
    ['Oswestry 52% -> 30% over eight visits.', 'objective_measure/improved'],
    ['Grip R 30 kg, L 44 kg (R 29 kg at 1st visit), essentially unchanged.', 'objective_measure/not_improved'],
    ['Grip R 30 kg, L 44 kg (R 22 kg at 1st visit).', 'objective_measure/improved'],
    ['Hip flexion has increased from 70 to 95 degrees since the injection.', 'objective_measure/improved'],
  ])('%s', (text, expected) => {
    expect(compared(text)).toEqual([expected]);
  });

  it.each([
    'On exam, hip flexion from 10 to 95 degrees.',
    'Pain 7/10 -> 3/10 after the injection.',
    'Grip 35 lb, pain unchanged.',
  ])('no comparison: %s', (text) => {
    expect(compared(text)).toEqual([]);
  });
});

describe('comparisons: tolerances with units of one family', () => {
  it.each([
    ['Walking tolerance fell from half a mile to 2 blocks.', 'activity_tolerance/worsened'],
    ['Walking tolerance improved from 3 blocks to 1 mile.', 'activity_tolerance/improved'],
    ['Standing 1 hour now (was 40 min).', 'activity_tolerance/improved'],
    ['Sitting tolerance 30 minutes, previously 2 hours.', 'activity_tolerance/worsened'],
    ['Driving up to 50 min (was 15 min in April).', 'activity_tolerance/improved'],
    ['Standing 25 minutes, was 10 minutes 4 weeks ago.', 'activity_tolerance/improved'],
    ['He is able to sit 40 minutes, unchanged.', 'activity_tolerance/not_improved'],
    ['Walking 3 blocks at intake, now able to walk 10 blocks.', 'activity_tolerance/improved'],
  ])('%s', (text, expected) => {
    expect(compared(text)).toEqual([expected]);
  });

  it.each([
    'Sitting tolerance 30 minutes.',
    'Walking 20 minutes, was seen by Dr. Smith in 2019.',
    'With +3 reading glasses, she was able to read 0.4M print.',
  ])('no comparison: %s', (text) => {
    expect(compared(text)).toEqual([]);
  });
});

describe('comparisons: work restrictions', () => {
  it.each([
    ['Restrictions unchanged since 11/2025.', 'work_restrictions/not_improved'],
    ['Work status: modified duty, unchanged.', 'work_restrictions/not_improved'],
    ['Lifting limited to 15 lb, was 25 lb at the last visit.', 'work_restrictions/worsened'],
    ['He works 6 hour shifts, was 4 hour shifts before.', 'work_restrictions/improved'],
  ])('%s', (text, expected) => {
    expect(compared(text)).toEqual([expected]);
  });
});

describe('values of comparisons', () => {
  const { valuesIn } = createValueReader();
  const brief = (span: string) => valuesIn(span).map((v) => `${v.kind}:${v.n}${v.side ?? ''}`);

  it.each([
    ['1 hour', ['time:1']],
    ['less than one block', ['distance:1']],
    ['L 27 kg at 1st visit', ['weight:27L']],
    ['4-5 Norco per day', ['rate:5']],
    ['three times daily', ['rate:3']],
    ['50 mg a day', ['rate:dose:50']],
    ['with a front-wheeled walker', ['level:aid:2']],
    ['without a cane', ['level:aid:0']],
    ['10 minutes 3 weeks ago', ['time:10']],
    ['on 3/2/2025 in 2019', []],
    ['500 mg three times a day', ['rate:3']],
    ['2 tabs/day', ['rate:2']],
    ['tapered to off at week 4', ['rate:0']],
    ['20 lbs x 3 reps', ['weight:20', 'reps:3']],
  ])('%s', (span, expected) => {
    expect(brief(span)).toEqual(expected);
  });
});

/** The distinct comparisons, for sentences that compare several measures of one dimension. */
const distinct = (text: string) => [...new Set(compared(text))];

describe('comparisons: earlier-value cues of progress lines and legends', () => {
  it.each([
    ['Sitting tolerance: 45 min (intake 15 min).', 'activity_tolerance/improved'],
    ['Floor-to-waist lift 40 lbs x 5 reps (admission 10 lbs).', 'activity_tolerance/improved'],
    ['Lifting capacity 35 lbs (baseline 15 lbs).', 'activity_tolerance/improved'],
    ['Hip abduction 30 deg (pre-op 20 deg).', 'objective_measure/improved'],
    ['GAD-7 6 (on entry 14).', 'objective_measure/improved'],
    ['PHQ-9 15 (baseline 9).', 'objective_measure/worsened'],
    ['Cervical ROM: rotation 60 (45), side bending 30 (20); values at intake in parentheses.', 'objective_measure/improved'],
    ['Shoulder abd 120 (90), flex 140 (100) - prior visit values in parentheses.', 'objective_measure/improved'],
  ])('%s', (text, expected) => {
    expect(distinct(text)).toEqual([expected]);
  });

  it.each([
    // Without a legend a bare parenthesised number is no earlier value.
    'Lumbar flexion 40 (30), extension 10 (5).',
    'Lumbar flexion 40 (60), extension 10 (25); normal values in parentheses.',
    'Lumbar flexion 40 (limited by pain), extension 10 (guarded).',
    'Shoulder flexion 150 (normal 180).',
    // An exam range is no change; "week 4", "visit 3" and a date name, they do not measure.
    'Knee flexion 0-110 degrees, extension 0.',
    'Sitting 30 min (week 4 of the program).',
    'Work conditioning 3 times a week (admission date 1/5/26).',
    // "at intake" in a plan states no earlier value.
    'Plan: walking program at home, recheck at intake 2 weeks from now.',
    'Plan: wean Norco to 2 tabs a day, as discussed at intake.',
  ])('no comparison: %s', (text) => {
    expect(compared(text)).toEqual([]);
  });
});

describe('comparisons: "vs <value> <when>", "compared with", "instead of"', () => {
  it.each([
    ['Pinch R 12 lbs today vs 8 lbs on 1/15/26.', 'objective_measure/improved'],
    ['NDI 10/50 (20%) today vs 20/50 (40%) at baseline.', 'objective_measure/improved'],
    ['He can walk 2 hours now vs 20 minutes before the surgery.', 'activity_tolerance/improved'],
    ['Sits 30 minutes at a time, compared with 10 minutes before the injections.', 'activity_tolerance/improved'],
    ['Walks four blocks, compared with two blocks at the initial visit.', 'activity_tolerance/improved'],
    ['Drives 45 min to work today versus 15 min 6 weeks ago.', 'activity_tolerance/improved'],
    ['Cyclobenzaprine at bedtime 2 nights a week rather than nightly.', 'medication_use/improved'],
    ['Uses a cane instead of a walker.', 'activity_tolerance/improved'],
  ])('%s', (text, expected) => {
    expect(compared(text)).toEqual([expected]);
  });

  it.each([
    // Two sides, or a normal side, are no earlier time.
    'Grip R 40 lb vs L 50 lb.',
    'Knee flexion 0-110, compared with the contralateral side 0-135.',
    'Pain 4/10 today vs 8/10 at intake.',
    'Walking 20 min instead of driving to work.',
    'Will repeat ODI at 6 weeks and compare with intake.',
  ])('no comparison: %s', (text) => {
    expect(compared(text)).toEqual([]);
  });
});

describe('comparisons: rates, zero use, units and tolerance limits', () => {
  it.each([
    // The count per day is compared, not the milligrams.
    ['Ibuprofen 800 mg twice daily now, down from 800 mg three times a day at the first visit.', 'medication_use/improved'],
    ['Gabapentin 300 mg three times daily now, was 300 mg once daily in March.', 'medication_use/worsened'],
    ['Tramadol weaned off (was 4 tabs/day at intake).', 'medication_use/improved'],
    ['Hydrocodone tapered to off by week 6 (was 2 tabs/day on admission).', 'medication_use/improved'],
    ['Norco: takes 2/day, same as at intake.', 'medication_use/not_improved'],
    ['Takes about 4/day, same as before the injection.', 'medication_use/not_improved'],
    // Hours against minutes; the pain that ends a tolerance is no symptom comparison.
    ['Able to sit at his desk 2 hrs until the low back pain kicks in, was 30 min at the first visit.', 'activity_tolerance/improved'],
    ['Carrying is still limited to about 20 lbs, no change.', 'activity_tolerance/not_improved'],
  ])('%s', (text, expected) => {
    expect(compared(text)).toEqual([expected]);
  });

  it.each([
    'Standing 30 min before the pain starts.',
    'Takes Norco 10/325 2/day as needed.',
    'Grip 30 kg at visit 3.',
    'Medications: Norco and gabapentin, same as before surgery.',
  ])('no comparison: %s', (text) => {
    expect(compared(text)).toEqual([]);
  });
});

describe('comparisons reach the whole extractor (no phrasing of the same dimension says otherwise)', () => {
  it.each([
    ['Hydrocodone tapered to off by week 6 (was 2 tabs/day on admission).', 'medication_use/improved'],
    ['Walking tolerance: 20 min (on entry 5 min).', 'activity_tolerance/improved'],
    ['NDI 10/50 (20%) today vs 20/50 (40%) at baseline.', 'objective_measure/improved'],
    ['Norco: takes 2/day, same as at intake.', 'medication_use/not_improved'],
    ['Carrying is still limited to about 20 lbs, no change.', 'activity_tolerance/not_improved'],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual([expected]);
  });
});
