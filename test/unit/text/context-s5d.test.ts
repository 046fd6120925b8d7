import { describe, expect, it } from 'vitest';
import { categories } from './context-categories.ts';

/**
 * Negation scopes that end early: at "per <clinician>" (whose word the denial is), after "not a
 * (surgical) candidate" (the candidacy alone is denied), and at "and" with a new verb of finding
 * after a ruled-out finding. And the examiner's "I would declare her P&S", made now.
 */
describe('context: a negation ends at "per <clinician>"', () => {
  it.each([
    ['Not a surgical candidate per spine surgeon (consult 2021).', 'consult'],
    ['Not a surgical candidate per spine surgeon (consult 2021).', 'spine surgeon'],
    ['No further injections per pain management (evaluation 5/2022).', 'evaluation'],
    ['No radiculopathy per the neurologist, EMG 2020.', 'EMG'],
    ['No surgery indicated per his PTP after the MRI in May.', 'MRI'],
    ['Not working per the treating physician, who ordered an X-ray.', 'X-ray'],
  ])('%s -> %s is not negated', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('negated');
  });

  it.each([
    ['No further injections per pain management (evaluation 5/2022).', 'injections'],
    ['No radiculopathy per the neurologist, EMG 2020.', 'radiculopathy'],
    ['No fracture per radiology.', 'fracture'],
    // Not a clinician: the scope runs on.
    ['Denies fever per nursing notes and chills.', 'chills'],
    ['No swelling per exam or redness.', 'redness'],
  ])('%s -> %s stays negated', (sentence, target) => {
    expect(categories(sentence, target)).toContain('negated');
  });
});

describe('context: "not a candidate" denies the candidacy only', () => {
  it.each([
    ['Not an injection candidate, completed 12 PT visits.', 'PT'],
    ['She is not a good surgical candidate, acupuncture helped.', 'acupuncture'],
    ['He is not currently a candidate, and uses a TENS unit.', 'TENS unit'],
  ])('%s -> %s is not negated', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('negated');
  });

  it.each([
    ['Not a surgical candidate per spine surgeon (consult 2021).', 'surgical candidate'],
    ['He is not a candidate for lumbar fusion.', 'lumbar fusion'],
  ])('%s -> %s stays negated', (sentence, target) => {
    expect(categories(sentence, target)).toContain('negated');
  });
});

describe('context: a new verb of finding after a ruled-out finding', () => {
  it.each([
    ['X-ray ruled out fracture and she was diagnosed with a wrist sprain.', 'wrist sprain'],
    ['X-ray ruled out a fracture and diagnosed a wrist sprain.', 'wrist sprain'],
    ['The MRI ruled out a tear and showed tendinosis.', 'tendinosis'],
    ['The MRI ruled out a tear and revealed a ganglion cyst.', 'ganglion cyst'],
    ['The exam ruled out a fracture and confirmed a sprain.', 'sprain'],
    ['The ultrasound ruled out DVT and a Baker cyst was seen.', 'Baker cyst'],
    ['CT ruled out fracture and the diagnosis was ankle sprain.', 'ankle sprain'],
    ['Ruled out fracture and dislocation, diagnosed with a sprain.', 'sprain'],
    ['No fracture was seen and the X-ray demonstrated soft tissue swelling.', 'soft tissue swelling'],
  ])('%s -> %s is not negated', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('negated');
  });

  it.each([
    ['CT ruled out fracture and dislocation.', 'dislocation'],
    ['CT ruled out fracture, ligament tear and dislocation.', 'dislocation'],
    ['The X-ray ruled out a fracture and a dislocation.', 'dislocation'],
    ['She denies numbness and tingling.', 'tingling'],
  ])('%s -> %s stays negated', (sentence, target) => {
    expect(categories(sentence, target)).toEqual(['negated']);
  });
});

describe('context: a declaration the examiner makes now with "would"', () => {
  it.each([
    ['In my opinion I would declare him permanent and stationary as of today.', 'permanent and stationary'],
    ['I would consider her to have reached maximum medical improvement.', 'maximum medical improvement'],
    ['We would now find him permanent and stationary.', 'permanent and stationary'],
    ['I would place her at MMI as of 3/1/2024.', 'MMI'],
  ])('%s -> %s is not hypothetical', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('hypothetical');
  });

  it.each([
    ['I would declare her permanent and stationary if she declines surgery.', 'permanent and stationary'],
    ['I would consider him permanent and stationary once the injection is done.', 'permanent and stationary'],
    ['I would consider an MRI of the knee.', 'MRI'],
    ['I would recommend physical therapy.', 'physical therapy'],
    ['He would benefit from physical therapy.', 'physical therapy'],
  ])('%s -> %s stays hypothetical', (sentence, target) => {
    expect(categories(sentence, target)).toContain('hypothetical');
  });
});

describe('context: a reporting verb ends the hypothetical scope of a request', () => {
  it.each([
    ['Utilization review non-certified both requests, stating that there was no documentation of benefit.', 'no documentation'],
    ['The request was denied, noting that the prior sessions gave no lasting relief.', 'prior sessions'],
  ])('%s -> %s is not hypothetical', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('hypothetical');
  });

  it.each([
    ['He requests a TENS unit for home use.', 'TENS unit'],
    ['We will consider an MRI, noting the new weakness.', 'MRI'],
  ])('%s -> %s stays hypothetical', (sentence, target) => {
    expect(categories(sentence, target)).toContain('hypothetical');
  });
});
