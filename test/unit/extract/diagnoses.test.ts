import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createDiagnosesExtractor } from '../../../src/extract/diagnoses.ts';
import { toFacts } from '../../../src/extract/provenance.ts';
import { isAsserted } from '../../../src/report/assertion.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';
import type { Fact } from '../../../src/core/fact.ts';

const analyze = createAnalyzer();
const extractor = createDiagnosesExtractor({});

/** Asserted diagnoses of a text as [name, icd10] pairs. */
function diagnoses(text: string): [string, string | null][] {
  const ad = analyze(createDocument({ id: 'doc-1', source: 't.txt', kind: 'text', pages: [{ text }] }));
  const facts = toFacts(ad, extractor.extract(ad)).map((f, i) => ({ ...f, id: `f-${i}` }) as Fact).filter(isAsserted);
  return facts.map((f) => {
    const v = f.value as { name: string; icd10: string | null };
    return [v.name, v.icd10];
  });
}
const names = (text: string) => diagnoses(text).map(([n]) => n);

describe('diagnoses extractor', () => {
  it('splits a "treated for" list on commas and "and"', () => {
    expect(names('A 40 year old man. He is being treated for lumbar strain, left wrist sprain and insomnia. He works.'))
      .toEqual(['lumbar strain', 'left wrist sprain', 'insomnia']);
  });

  it('keeps anatomy-only pieces with their neighbour', () => {
    expect(names('Diagnoses include bruising of the face, scalp and neck; cervical and lumbar spine strain.'))
      .toEqual(['bruising of the face, scalp and neck', 'cervical and lumbar spine strain']);
    expect(names('She was diagnosed with right and left elbow sprain.')).toEqual(['right and left elbow sprain']);
  });

  it('does not split protected phrases or sprain/strain pairs', () => {
    expect(names('The current diagnoses are documented as strain of muscle, fascia and tendon at neck level and knee sprains and strains.'))
      .toEqual(['strain of muscle, fascia and tendon at neck level', 'knee sprains and strains']);
  });

  it('reads a bracketed list after "current diagnoses"', () => {
    expect(names('There is documentation of findings, current diagnoses (cervical disc disorder and cervical facet syndrome), and treatment to date.'))
      .toEqual(['cervical disc disorder', 'cervical facet syndrome']);
  });

  it('takes a stated code, else a confident lexicon code, else null', () => {
    expect(diagnoses('Diagnoses include low back pain (M54.5); chronic thumb ache.')).toEqual([
      ['low back pain', 'M54.5'],
      ['chronic thumb ache', null],
    ]);
    expect(diagnoses('He was diagnosed with right carpal tunnel syndrome.')).toEqual([['right carpal tunnel syndrome', 'G56.01']]);
    expect(diagnoses('He was diagnosed with low back pain with back strain.')).toEqual([['low back pain with back strain', null]]);
  });

  it('splits coded note lists at the codes only', () => {
    expect(diagnoses('PRE-OP DIAGNOSES:\nNeck pain - 723.1, Facet arthropathy, cervical - 721.0.\n'))
      .toEqual([['Neck pain', '723.1'], ['Facet arthropathy, cervical', '721.0']]);
  });

  it('reads numbered section lists and past history, skipping narrative, procedures and "none"', () => {
    const note = [
      'IMPRESSION:',
      '1. Left L5 radiculopathy.',
      '2. Opioid dependence.',
      'The patient was counselled at length.',
      'PAST MEDICAL HISTORY: Significant for asthma, gout, and appendectomy.',
      'SOCIAL HISTORY: Unremarkable.',
    ].join('\n');
    expect(names(note)).toEqual(['Left L5 radiculopathy', 'Opioid dependence', 'asthma', 'gout']);
  });

  it('drops ruled-out and denied conditions; a list item keeps its own "possible" as written', () => {
    expect(names('ASSESSMENT:\n1. Rule out meniscal tear.\n2. Knee effusion.\n3. No fracture.\n')).toEqual(['Knee effusion']);
    expect(names('He was diagnosed with gout and possible bursitis.')).toEqual(['gout', 'possible bursitis']);
    expect(names('The doctor suspected he may be diagnosed with gout.')).toEqual([]);
  });
});
