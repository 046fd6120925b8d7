import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseInput } from '../../../src/core/case-input.ts';
import { isPrescreenError } from '../../../src/core/errors.ts';
import { readCaseJson, readDocument } from '../../../src/intake/index.ts';
import { createTmpDir, expectCode, FIXTURES } from '../../fixtures/intake/tmp-files.ts';

const tmp = createTmpDir();
afterAll(() => tmp.cleanup());
const basic = join(FIXTURES, 'case-basic.json');

describe('readCaseJson', () => {
  it('reads summary, header metadata and requests in item_index order', async () => {
    const c = await readCaseJson(basic);
    expect(CaseInput.safeParse(c).success).toBe(true);
    expect(c.caseId).toBe('FX-0001');
    expect(c.requests).toEqual(['8 sessions of physical therapy for the right shoulder', 'MRI of the right shoulder without contrast']);
    const [doc] = c.documents;
    expect(doc).toMatchObject({ id: 'doc-1', source: 'case-basic.json', kind: 'case-json' });
    expect(doc.text.startsWith('The injured worker is a 52-year-old clerk')).toBe(true);
    expect(doc.metadata).toEqual({
      date_of_injury: '03/14/2019',
      date_assigned: '01/05/2021',
      ur_denial_date: '12/20/2020',
      decision_date: null,
      specialty: 'Orthopedics',
    });
  });

  it('readDocument detects a .json file as a case JSON', async () => {
    const doc = await readDocument(basic, { id: 'doc-3' });
    expect(doc).toMatchObject({ id: 'doc-3', kind: 'case-json' });
  });

  it('fills missing header dates with null and accepts empty items', async () => {
    const file = tmp.write('note.json', JSON.stringify({ case_number: 'N-1', header: { title: 'Clinic note' }, summary: 'Back pain.', items: [] }));
    const c = await readCaseJson(file);
    expect(c.requests).toEqual([]);
    expect(c.documents[0].metadata).toMatchObject({ date_of_injury: null, decision_date: null, title: 'Clinic note' });
  });

  it('schema violations: INVALID_CASE_JSON naming the zod issue paths', async () => {
    const bad = { case_number: 'X', header: { date_of_injury: ['01/01/2020'] }, summary: 'Text.', items: [{ item_index: 1 }] };
    const file = tmp.write('bad.json', JSON.stringify(bad));
    await expectCode(readCaseJson(file), 'PRESCREEN_ERR_INVALID_CASE_JSON', file);
    const e = await readCaseJson(file).catch((err: unknown) => err);
    expect(isPrescreenError(e) && e.message).toMatch(/header\.date_of_injury/);
    expect(isPrescreenError(e) && e.message).toMatch(/items\.0\.requested_treatment/);
  });

  it('duplicate item_index and missing summary: INVALID_CASE_JSON', async () => {
    const dup = tmp.write('dup.json', JSON.stringify({ case_number: 'D', summary: 'S.', items: [{ item_index: 1, requested_treatment: 'a' }, { item_index: 1, requested_treatment: 'b' }] }));
    await expectCode(readCaseJson(dup), 'PRESCREEN_ERR_INVALID_CASE_JSON', dup);
    const nosum = tmp.write('nosum.json', JSON.stringify({ case_number: 'D', items: [] }));
    await expectCode(readCaseJson(nosum), 'PRESCREEN_ERR_INVALID_CASE_JSON', nosum);
  });

  it('not JSON: INVALID_CASE_JSON without quoting the content', async () => {
    const file = tmp.write('broken.json', '{"case_number": "Z", "summary": "patient secret text", ');
    await expectCode(readCaseJson(file), 'PRESCREEN_ERR_INVALID_CASE_JSON', file, 'secret');
  });

  it('blank summary or empty file: EMPTY_INPUT', async () => {
    const blank = tmp.write('blank.json', JSON.stringify({ case_number: 'B', summary: '  \n', items: [] }));
    await expectCode(readCaseJson(blank), 'PRESCREEN_ERR_EMPTY_INPUT', blank);
    const empty = tmp.write('empty.json', '');
    await expectCode(readDocument(empty), 'PRESCREEN_ERR_EMPTY_INPUT', empty);
  });
});
