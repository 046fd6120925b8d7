import { describe, expect, it } from 'vitest';
import { createDecider } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';
import { makeFact, makeItem } from './make-fact.ts';

const decide = createDecider({ packs: loadPipelineDefinition().rulePackFiles });
const status = (s: { criteria: { criterionId: string; status: string }[] }, id: string) => s.criteria.find((c) => c.criterionId === id)?.status;
const codes = (s: { gaps: { code: string }[] }) => s.gaps.map((g) => g.code);

// Request wordings and record sentences written for these tests.
describe('equipment requested without an amount or a rental period (GEN-1)', () => {
  const dme = (text: string) => makeItem({ modality: 'bracing_dme', text });

  it('supplies without a count are underspecified, and need and rationale are not weighed beside it', () => {
    const [s] = decide([dme('Nitrile exam gloves')], []);
    expect(s.packId).toBe('mtus-dme.2016');
    expect(status(s, 'dme.supply-quantity')).toBe('not_documented');
    expect(status(s, 'dme.clinical-need')).toBe('not_documented');
    expect(codes(s)).toEqual(['REQUEST_UNDERSPECIFIED']);
  });

  it('a bed with no rental period or purchase: the underspecified request is the one reason', () => {
    const [s] = decide([dme('Adjustable bed for home use')], []);
    expect(status(s, 'dme.rental-or-purchase')).toBe('not_documented');
    expect(codes(s)).toEqual(['REQUEST_UNDERSPECIFIED']);
  });

  it('equipment stated in full is still asked for findings and a reason', () => {
    const [s] = decide([dme('Hospital bed, purchase')], []);
    expect(status(s, 'dme.rental-or-purchase')).toBe('met');
    expect(codes(s)).toEqual(expect.arrayContaining(['NO_OBJECTIVE_FINDINGS', 'RATIONALE_NOT_PROVIDED']));
  });
});

describe('red flags are not asked of a bone scan or an abdominal CT', () => {
  const imaging = (text: string) => makeItem({ modality: 'imaging', text });

  it('a bone scan is weighed by its suspected diagnosis, not by ACOEM red flags', () => {
    const [s] = decide([imaging('Three phase bone scan of the right ankle')], []);
    expect(s.packId).toBe('mtus-imaging-other.2004');
    expect(status(s, 'imaging-other.red-flags')).toBe('not_applicable');
    expect(codes(s)).toEqual(['INDICATION_NOT_DOCUMENTED']);
  });

  it('an abdominal CT likewise', () => {
    const [s] = decide([imaging('CT of the abdomen with contrast')], []);
    expect(status(s, 'imaging-other.red-flags')).toBe('not_applicable');
  });

  it('a hip MRI still asks for red flags (IMG-10)', () => {
    const [s] = decide([imaging('MRI of the left hip')], []);
    expect(status(s, 'imaging-other.red-flags')).toBe('not_documented');
  });
});

describe('oral diclofenac is for arthritis, not a first-line NSAID (MTUS NSAIDs; ODG diclofenac)', () => {
  const diclofenac = makeItem({ modality: 'medication', text: 'Diclofenac sodium ER 100mg #30' });

  it('without arthritis or an acute injury the indication is not documented', () => {
    const [s] = decide([diclofenac], []);
    expect(s.packId).toBe('mtus-nsaids.2016');
    expect(codes(s)).toContain('INDICATION_NOT_DOCUMENTED');
  });

  it('osteoarthritis of the knee answers it', () => {
    const oa = makeFact('clinical_indication-1', 'clinical_indication', { kind: 'osteoarthritis' }, 'standing films show medial compartment osteoarthritis');
    expect(status(decide([diclofenac], [oa])[0], 'nsaids.diclofenac-indication')).toBe('met');
  });

  it('so does an injury in its acute phase (NSAID-5)', () => {
    const acute = makeFact('injury_chronicity-1', 'injury_chronicity', { kind: 'acute', days: 9 }, 'injured nine days ago');
    expect(status(decide([diclofenac], [acute])[0], 'nsaids.diclofenac-indication')).toBe('met');
  });

  it('a second NSAID is refused as a duplicate, without the indication gap beside it', () => {
    const ibuprofen = { ...makeFact('medication-1', 'medication', { name: 'Motrin', generic: 'ibuprofen', drugClass: 'nsaid' }, 'Motrin'), sentence: 'He takes Motrin every morning.' };
    const [s] = decide([diclofenac], [ibuprofen]);
    expect(codes(s)).toContain('DUPLICATIVE_TREATMENT');
    expect(codes(s)).not.toContain('INDICATION_NOT_DOCUMENTED');
  });

  it('other NSAIDs are not asked for arthritis', () => {
    const [s] = decide([makeItem({ modality: 'medication', text: 'Naproxen 500mg #60' })], []);
    expect(status(s, 'nsaids.diclofenac-indication')).toBe('not_applicable');
  });
});
