import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createMedicationsExtractor } from '../../../src/extract/medications.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';

const analyze = createAnalyzer();
const extractor = createMedicationsExtractor({});
const meds = (text: string) =>
  extractor.extract(analyze(createDocument({ id: 'd1', source: 't.txt', kind: 'text', pages: [{ text }] })))
    .map((c) => (c.type === 'medication' ? c.value : null));
const names = (text: string) => meds(text).map((m) => m?.name);

describe('medications', () => {
  it('names drugs as written without dose, with generic and class', () => {
    expect(meds('She takes Norco 10/325 mg twice a day.')).toEqual([
      { name: 'Norco', generic: 'hydrocodone/acetaminophen', drugClass: 'opioid' },
    ]);
    expect(names('Current medications include Tramadol ER 150 mg, orphenadrine citrate and Medrol Dosepak.'))
      .toEqual(['Tramadol ER', 'orphenadrine citrate', 'Medrol Dosepak']);
    // A strength ("ES", extra strength) is not a formulation: the name stays the drug's own.
    expect(names('Medications: Tylenol ES 500 mg and Naprosyn DS 550 mg.')).toEqual(['Tylenol', 'Naprosyn DS']);
    expect(meds('He uses hydrocodone-acetaminophen daily.')[0]).toMatchObject({ name: 'hydrocodone-acetaminophen', drugClass: 'opioid' });
  });

  it('reads a medication list section and keeps a restated brand once', () => {
    expect(names('MEDICATIONS:\n1. Lisinopril 10 mg.\n2. Metformin 500 mg.\n3. omeprazole (Prilosec) daily.'))
      .toEqual(['Lisinopril', 'Metformin', 'omeprazole']);
  });

  it('keeps misspelled names as written', () => {
    expect(meds('He was taking ketoprophen cream.')[0]).toMatchObject({ name: 'ketoprophen', generic: 'ketoprofen' });
  });

  it('leaves out allergies, requests and plans, but not continued drugs', () => {
    expect(names('ALLERGIES:\nCodeine and penicillin.')).toEqual([]);
    expect(names('The request for Celebrex 200 mg #30 was non-certified.')).toEqual([]);
    expect(names('The plan is to start gabapentin.')).toEqual([]);
    expect(names('The treatment plan included continuing Relafen.')).toEqual(['Relafen']);
  });

  it('leaves out drugs given during a procedure and drug classes', () => {
    expect(names('PROCEDURE:\nThe skin was infiltrated with 1% lidocaine and 40 mg Kenalog was injected.')).toEqual([]);
    expect(names('A mixture of 2 mL Marcaine and Depo-Medrol was injected at L4-5.')).toEqual([]);
    expect(names('She has tried NSAIDs and narcotics.')).toEqual([]);
    expect(names('She uses a lidocaine patch at night.')).toEqual(['lidocaine patch']);
  });
});

describe('medications: relatives', () => {
  it('leaves out a family member\'s drug', () => {
    expect(names('He takes ibuprofen. His wife takes Lyrica for fibromyalgia.')).toEqual(['ibuprofen']);
    expect(names('Her mother is on Cymbalta.')).toEqual([]);
  });
});

describe('medications: over-the-counter products and topical forms', () => {
  it('knows common OTC brands', () => {
    expect(names('She takes Excedrin for headaches and Aspercreme on the knee.')).toEqual(['Excedrin', 'Aspercreme']);
    expect(meds('Medications: Tylenol PM at night, Aleve PM.').map((m) => m?.generic))
      .toEqual(['acetaminophen/diphenhydramine', 'naproxen/diphenhydramine']);
  });
  it('keeps the form word of topical products whose form names the product', () => {
    expect(names('Medications: Lidocaine cream, Flector patch, diclofenac gel.'))
      .toEqual(['Lidocaine cream', 'Flector patch', 'diclofenac gel']);
    expect(meds('He applies diclofenac gel twice daily.')[0]).toMatchObject({ drugClass: 'topical' });
  });
  it('knows drugs for opioid-induced constipation and keeps CBD as a bile duct out', () => {
    expect(names('Medications: Norco, Movantik, senna.')).toEqual(['Norco', 'Movantik', 'senna']);
    expect(names('Ultrasound shows the CBD is not dilated.')).toEqual([]);
  });
});

describe('medications: template checkboxes', () => {
  it('keeps a checked drug and drops one whose box is empty', () => {
    expect(names('Medications: [x] Naproxen [ ] Gabapentin')).toEqual(['Naproxen']);
    expect(names('Current meds: Cyclobenzaprine [ ], Meloxicam [x]')).toEqual(['Meloxicam']);
  });
});

describe('medications: viscosupplements and refills', () => {
  it('does not list a clinician-injected viscosupplement as a medication', () => {
    expect(names('She received three Orthovisc injections last spring, then Supartz; neither helped.')).toEqual([]);
    expect(names('CURRENT MEDICATIONS:\n- Meloxicam 15 mg\n- Synvisc-One (given 3/2)\n- Omeprazole'))
      .toEqual(['Meloxicam', 'Omeprazole']);
  });

  it('keeps a drug refilled in the plan but not one only requested with refills', () => {
    expect(names('PLAN: Refill Norco 10/325 #60. Start a trial of Lyrica.')).toEqual(['Norco']);
    expect(names('The request for Tramadol 50 mg #90 with 2 refills was non-certified.')).toEqual([]);
  });
});

describe('medications: psychiatric and blood-pressure drugs', () => {
  it('names prazosin taken for nightmares', () => {
    expect(names('He takes prazosin 2 mg at bedtime for nightmares.')).toEqual(['prazosin']);
    expect(names('She was started on Minipress.')).toEqual(['Minipress']);
  });
});
