import { describe, expect, it } from 'vitest';
import { createDiagnosticStudiesExtractor } from '../../../src/extract/diagnostic-studies.ts';
import { runExtractor } from './run-extractor.ts';

const run = runExtractor(createDiagnosticStudiesExtractor({}));
/** The kinds of studies done a text states, in order, with the words each fact quotes. */
const studies = (text: string) => run.asserted(text).map((f) => `${(f.value as { kind: string }).kind}:${f.text}`);
const kinds = (text: string) => run.asserted(text).map((f) => (f.value as { kind: string }).kind);

// Sentences written for these tests.
describe('diagnostic studies: a list of studies stated done gives each study', () => {
  it('a study listed before the statement shares it', () => {
    expect(kinds('He said plain films and a CT scan were taken at the urgent care clinic.')).toEqual(['xray', 'ct']);
    expect(studies('Radiographs of the left wrist and an MRI were done in the emergency room.'))
      .toEqual(['xray:Radiographs of the left wrist and an MRI were done', 'mri:MRI were done']);
  });

  it('a study listed after the first one, with or without a body part between, shares it too', () => {
    expect(kinds('An MRI and x-rays were obtained after the fall.')).toEqual(['mri', 'xray']);
    expect(kinds('Cervical x-rays, a lumbar MRI and an EMG were done last spring.')).toEqual(['xray', 'mri', 'emg']);
    expect(kinds('She had x-rays and an MRI of the right shoulder.')).toEqual(['xray', 'mri']);
  });

  it('a study requested beside one done is not listed with it', () => {
    expect(kinds('An MRI of the knee was requested and x-rays were negative.')).toEqual([]); // "requested" makes the sentence a plan
    expect(kinds('The surgeon ordered an MRI because the radiographs showed a fracture.')).toEqual(['xray']);
    expect(kinds('The MRI and the x-ray of the knee were both denied by the reviewer.')).toEqual([]);
  });

  it('one study named twice in a pair ("EMG/NCV") stays one fact', () => {
    expect(kinds('EMG/NCV testing showed a mild ulnar neuropathy.')).toEqual(['emg']);
  });
});

describe('diagnostic studies: a hyphen split at a line end', () => {
  it('reads "x- ray" and "x -ray" as x-rays', () => {
    expect(kinds('Her lumbar x- ray was normal.')).toEqual(['xray']);
    expect(kinds('Her lumbar x -ray was normal.')).toEqual(['xray']);
    expect(kinds('She fell in March, and her hip\nx-\nrays were negative.')).toEqual(['xray']);
  });

  it('a result word before the name states a study done', () => {
    expect(studies('The plan notes negative knee and ankle x- rays.')).toEqual(['xray:x- rays']);
    expect(kinds('A prior cervical MRI is on file.')).toEqual(['mri']);
    expect(kinds('He has a normal EMG of the right arm.')).toEqual(['emg']);
  });

  it('"prior to", a request or a review before the name is no study done', () => {
    expect(kinds('Prior to an MRI, a course of therapy should be tried.')).toEqual([]);
    expect(kinds('A previous request for x-rays was denied.')).toEqual([]);
    expect(kinds('The prior reviewer non-certified the MRI.')).toEqual([]);
  });

  it('"not noted" is no result', () => {
    expect(kinds('Utilization review denied the x- rays as red flags were not noted.')).toEqual([]);
  });
});
