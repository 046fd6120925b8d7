import { describe, expect, it } from 'vitest';
import { explainCases } from '../../../src/eval/explain.ts';

const gold = {
  C1: {
    summary: { diagnoses: ['Lumbar strain (S39.012A)', 'fractured tooth'], medications: ['Naproxen'] },
    items: [{ item_index: 1, requested_treatment: 'MRI lumbar spine', request: { modality: 'imaging', quantity: 1 }, decision: 'Upheld', gaps: ['NO_RED_FLAGS'] }],
  },
};
const pred = {
  C1: {
    summary: { diagnoses: ['Lumbar strain', 'Pain level of 5'], medications: ['naproxen', 'Tramadol'] },
    items: [{ item_index: 1, request: { modality: 'imaging', quantity: null }, decision: 'Upheld', gaps: ['NO_RED_FLAGS', 'NOT_SURGICAL_CANDIDATE'], gap_evidence: {} }],
  },
};

describe('explainCases', () => {
  it('pairs diagnoses the way the scorer does, so a fuzzy match is neither a miss nor a false alarm', () => {
    const lines = explainCases(pred, gold, 'diagnoses');
    expect(lines).toEqual([
      'diagnoses\tC1\tFN fractured tooth\t"fractured tooth"',
      'diagnoses\tC1\tFP pain level of 5\t"Pain level of 5"',
    ]);
  });

  it('compares other lists by exact key (case-insensitive names) and lists request and gap disagreements', () => {
    expect(explainCases(pred, gold, 'medications')).toEqual(['medications\tC1\tFP tramadol\t"Tramadol"']);
    expect(explainCases(pred, gold, 'request_quantity')).toEqual(['request_quantity\tC1#1\tgold 1\tpred null\t"MRI lumbar spine"']);
    expect(explainCases(pred, gold, 'gaps')).toEqual(['gaps\tC1#1\tFP NOT_SURGICAL_CANDIDATE\t""']);
  });
});
