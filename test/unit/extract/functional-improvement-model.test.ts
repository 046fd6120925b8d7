import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFiModelReader } from '../../../src/extract/functional-improvement-model.ts';
import { createTextDocument } from '../../../src/intake/index.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';

const analyze = createAnalyzer();
const ad = (text: string) => analyze(createTextDocument(text, 'note.txt', 'text'));
const none = { weights: { bias: -5 } };
// A hand-made model: "zumba" is activity tolerance, and "gained" says which way.
const model = {
  id: 'fi-sentence', version: 'test', description: 'test model', example: '"Zumba class gained." -> activity_tolerance improved',
  trainedOn: [{ corpus: 'test', cases: 1 }], threshold: 0.5,
  options: { epochs: 1, rate: 0.1, l2: 0, positiveWeight: 1 },
  dimensions: { work_restrictions: none, activity_tolerance: { weights: { bias: -5, 'w:zumba': 10 } }, medication_use: none, adl: none, objective_measure: none, general: none },
  directions: { improved: { weights: { bias: 0, 'w:gained': 3 } }, not_improved: { weights: { bias: 0 } }, worsened: { weights: { bias: -1 } }, absent_documentation: { weights: { bias: -1 } } },
};
const lexiconDirWith = (data: unknown) => {
  const root = mkdtempSync(join(tmpdir(), 'fi-model-'));
  mkdirSync(join(root, 'models'));
  writeFileSync(join(root, 'models', 'fi-sentence.json'), JSON.stringify(data));
  return join(root, 'lexicons');
};

describe('learned FI reader', () => {
  const read = createFiModelReader(lexiconDirWith(model));

  it('adds a dimension the rules missed, naming the model, the reading and its reasons', () => {
    const doc = ad('Pain 5/10. She gained two zumba classes a week.');
    const [c] = read(doc, []);
    expect(c).toMatchObject({ type: 'functional_improvement', value: { dimension: 'activity_tolerance', direction: 'improved' } });
    expect(doc.text.slice(c.start, c.end)).toBe('She gained two zumba classes a week.');
    expect(c.ruleId).toMatch(/^model\.fi-sentence@test\/activity_tolerance\.improved: .*w:zumba/u);
  });

  it('leaves a sentence whose dimension a rule already found', () => {
    const doc = ad('She gained two zumba classes a week.');
    const ruled = [{ type: 'functional_improvement' as const, value: { dimension: 'activity_tolerance' as const, direction: 'improved' as const }, start: 4, end: 10, ruleId: 'fi.rule' }];
    expect(read(doc, ruled)).toEqual([]);
  });

  it('skips a sentence that opens under a plan', () => {
    expect(read(ad('Patient to increase zumba classes to three a week.'), [])).toEqual([]);
  });

  it('reads nothing when no model file stands beside the lexicons', () => {
    expect(createFiModelReader(join(tmpdir(), 'no-such-dir', 'lexicons'))(ad('She gained zumba.'), [])).toEqual([]);
  });

  it('refuses a model file that fails its schema, with a typed error naming the file', () => {
    const dir = lexiconDirWith({ ...model, threshold: 2 });
    expect(() => createFiModelReader(dir)).toThrow(expect.objectContaining({ code: 'PRESCREEN_ERR_INVALID_MODEL', message: expect.stringContaining('threshold') }));
  });
});

describe('learned FI reader, repeats', () => {
  it('adds no second quote of a reading the document already has', () => {
    const read = createFiModelReader(lexiconDirWith(model));
    const doc = ad('Zumba gained. She gained more zumba.');
    expect(read(doc, [])).toHaveLength(1);
    const ruled = [{ type: 'functional_improvement' as const, value: { dimension: 'activity_tolerance' as const, direction: 'improved' as const }, start: 0, end: 5, ruleId: 'fi.rule' }];
    expect(read(ad('Walks farther. She gained more zumba.'), ruled)).toEqual([]);
  });
});
