import { createDiagnosesExtractor } from '../../../src/extract/diagnoses.ts';
import { createMedicationsExtractor } from '../../../src/extract/medications.ts';
import { createPainScoresExtractor } from '../../../src/extract/pain-scores.ts';
import { runExtractor } from './run-extractor.ts';

// Readers the extractor tests share: each runs one extractor on a text and returns the fields a
// test compares, asserted facts unless named `candidates`.
const dx = runExtractor(createDiagnosesExtractor({}));
const meds = runExtractor(createMedicationsExtractor({}));
const pain = runExtractor(createPainScoresExtractor({}));
const name = (v: unknown) => (v as { name: string }).name;

/** Asserted diagnosis names. */
export const dxNames = (text: string): string[] => dx.asserted(text).map((f) => name(f.value));
/** Diagnosis names before the assertion step (negated, possible, hypothetical included). */
export const dxCandidates = (text: string): string[] => dx.candidates(text).map((c) => name(c.value));
/** Asserted diagnoses as [name, ICD-10 code]. */
export const dxCoded = (text: string): [string, string | null][] => dx.asserted(text).map((f) => {
  const v = f.value as { name: string; icd10: string | null };
  return [v.name, v.icd10];
});
/** Asserted medication names. */
export const medNames = (text: string): string[] => meds.asserted(text).map((f) => name(f.value));
/** Medication names before the assertion step. */
export const medCandidates = (text: string): string[] => meds.candidates(text).map((c) => name(c.value));
/** Asserted pain ratings as [value, qualifier]. */
export const painRatings = (text: string): [number, string][] => pain.asserted(text).map((f) => {
  const v = f.value as { value: number; qualifier: string };
  return [v.value, v.qualifier];
});
