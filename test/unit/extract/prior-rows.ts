import { createPriorTreatmentsExtractor } from '../../../src/extract/prior-treatments.ts';
import { runExtractor } from './run-extractor.ts';

/** A prior treatment as the count metric compares it: [modality, count, qualifier]. */
export type Row = [string, number | null, string | null];

const prior = runExtractor(createPriorTreatmentsExtractor({}));

/** A text's asserted prior treatments as rows. */
export const priorRows = (text: string): Row[] => prior.asserted(text).map((f) => {
  const v = f.value as { modality: string; count: number | null; countQualifier: string | null };
  return [v.modality, v.count, v.countQualifier];
});

/** Only the counted rows, as the count metric sees them. */
export const countedRows = (text: string): Row[] => priorRows(text).filter(([, n]) => n !== null);

/** The modalities of a text's asserted prior treatments, in order. */
export const priorModalities = (text: string): string[] => priorRows(text).map(([m]) => m);
