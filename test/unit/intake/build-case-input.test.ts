import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCaseInput } from '../../../src/intake/index.ts';
import { makePdf } from '../../fixtures/intake/make-pdf.ts';
import { createTmpDir, expectCode, FIXTURES } from '../../fixtures/intake/tmp-files.ts';

const tmp = createTmpDir();
afterAll(() => tmp.cleanup());
const md = join(FIXTURES, 'progress-note.md');
const txt = join(FIXTURES, 'visit-note.txt');
const json = join(FIXTURES, 'case-basic.json');

describe('buildCaseInput', () => {
  it('numbers documents in file order, a case JSON included, and appends spec requests', async () => {
    const pdf = tmp.write('imaging.pdf', makePdf([['Page one.'], ['Page two.']]));
    const c = await buildCaseInput({ files: [md, json, pdf], requests: ['Ibuprofen 600 mg #60'] });
    expect(c.documents.map((d) => [d.id, d.kind])).toEqual([
      ['doc-1', 'markdown'],
      ['doc-2', 'case-json'],
      ['doc-3', 'pdf'],
    ]);
    expect(c.requests).toEqual([
      '8 sessions of physical therapy for the right shoulder',
      'MRI of the right shoulder without contrast',
      'Ibuprofen 600 mg #60',
    ]);
    expect(c.caseId).toBe('FX-0001');
  });

  it('case id: spec.caseId first, then case_number, then the first file name', async () => {
    expect((await buildCaseInput({ caseId: 'given', files: [json], requests: [] })).caseId).toBe('given');
    const plain = await buildCaseInput({ files: [txt, md], requests: ['6 sessions of acupuncture'] });
    expect(plain.caseId).toBe('visit-note');
    expect(plain.requests).toEqual(['6 sessions of acupuncture']);
    expect(plain.documents.map((d) => d.id)).toEqual(['doc-1', 'doc-2']);
  });

  it('fails with the error of the first unreadable file', async () => {
    const missing = join(tmp.dir, 'missing.txt');
    await expectCode(buildCaseInput({ files: [txt, missing], requests: [] }), 'PRESCREEN_ERR_FILE_NOT_FOUND', missing);
  });
});
