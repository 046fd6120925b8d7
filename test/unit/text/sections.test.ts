import { describe, expect, it } from 'vitest';
import { createSectionizer, sectionAt } from '../../../src/text/sections.ts';

const find = createSectionizer();

describe('section detection', () => {
  it('finds colon headers, colon-less ALL-CAPS headers and mixed-case headers with a colon', () => {
    const text = 'HISTORY OF PRESENT ILLNESS:\nNeck pain.\nTREATMENT TO DATE\n12 acupuncture visits.\nDiagnoses: cervical strain.\nWork status: modified duty.';
    const s = find(text);
    expect(s.map((x) => x.category)).toEqual(['subjective', 'treatment_to_date', 'diagnoses', 'work_status']);
    expect(sectionAt(s, text.indexOf('12 acupuncture'))?.category).toBe('treatment_to_date');
    expect(s[2].ruleId).toBe('section.diagnoses');
  });

  it('labels an unknown ALL-CAPS header as other, and ignores mixed-case lines without a colon', () => {
    const s = find('ORTHOPEDIC CONSULTATION\nThe patient was seen.\nPlan for surgery\n');
    expect(s.map((x) => [x.category, x.header])).toEqual([['other', 'ORTHOPEDIC CONSULTATION']]);
  });
});

// Header variants and IME question blocks found reviewing MTSamples notes (issue 3).
describe('section detection (mtsamples review)', () => {
  it('knows plural and admission variants of common headers', () => {
    const s = find('ADMISSION DIAGNOSIS:\nAnkle fracture.\nCHIEF COMPLAINTS:\nAnkle pain.\nSURGERIES:\nNone.\nIMPRESSIONS:\nAnkle fracture.\nNAME OF PROCEDURE:\nAnkle block.\nHISTORY OF PRESENT INJURY:\nShe tripped.');
    expect(s.map((x) => x.category)).toEqual(['diagnoses', 'chief_complaint', 'past_surgical_history', 'diagnoses', 'procedure', 'subjective']);
  });

  it('marks an evaluation\'s QUESTION block as yielding no facts, and its ANSWER as a normal section', () => {
    const s = find('QUESTION:\nIs the worker temporarily totally disabled?\nANSWER:\nNo, he works full duty.');
    expect(s.map((x) => [x.category, x.facts])).toEqual([['question', false], ['other', true]]);
  });

  it('finds a known ALL-CAPS header running into its text, and SOAP letters with their colon', () => {
    expect(find('Patient stable\nPLAN Additional acupuncture x6').map((x) => x.category)).toEqual(['plan']);
    expect(find('S: Neck pain 6/10\nA: Cervical strain\nP: Start HEP').map((x) => x.category)).toEqual(['subjective', 'diagnoses', 'plan']);
    expect(find('A plan was made.')).toEqual([]);
  });
});

describe('section detection: SOAP letters with a spaced dash, and the work line', () => {
  it('finds "A - " and "W - " in capitals, and "W:" as work status', () => {
    expect(find('S: Wrist pain\nA - 1) Wrist sprain\nW - modified work').map((x) => x.category)).toEqual(['subjective', 'diagnoses', 'work_status']);
    expect(find('P: Start HEP\nW: TTD').map((x) => x.category)).toEqual(['plan', 'work_status']);
    expect(find('A-frame ladder fall.')).toEqual([]);
    expect(find('a - lower case is prose')).toEqual([]);
  });
});
