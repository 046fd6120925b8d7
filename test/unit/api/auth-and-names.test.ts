import { describe, expect, it } from 'vitest';
import { createTokenChecker } from '../../../src/api/auth.ts';
import { checkFileName } from '../../../src/api/upload-fields.ts';
import { caseJobId } from '../../../src/runners/case-ids.ts';
import { isValidJobId } from '../../../src/runners/queue-names.ts';

describe('bearer tokens', () => {
  const check = createTokenChecker(['alpha-token', 'beta-token']);
  it.each([
    [undefined, 'missing'], ['Basic abc', 'missing'], ['Bearer', 'missing'],
    ['Bearer alpha-token', 'ok'], ['bearer beta-token', 'ok'], ['Bearer alpha-tokenX', 'forbidden'], ['Bearer alpha', 'forbidden'],
  ])('%s -> %s', (header, verdict) => expect(check(header)).toBe(verdict));
});

describe('uploaded file names', () => {
  it.each(['note.txt', 'CM16 0213037.pdf', 'résumé.md'])('accepts %s', (n) => expect(checkFileName(n)).toBe(n.normalize('NFC')));
  it.each(['', '../x.txt', 'a/b.txt', 'a\\b.txt', '.hidden', ' padded.txt', 'nul\u0000.txt'])('refuses %j', (n) => {
    expect(() => checkFileName(n)).toThrow(expect.objectContaining({ code: 'PRESCREEN_ERR_INVALID_UPLOAD' }));
  });
});

describe('case job ids', () => {
  const key = { documents: [{ name: 'a.txt', sha256: 'f'.repeat(64) }], requests: ['6 visits'], pipeline: 'default@1' };
  it('are valid BullMQ ids, stable for the same content, different for another pipeline or key', () => {
    const id = caseJobId(key);
    expect(isValidJobId(id)).toBe(true);
    expect(caseJobId({ ...key })).toBe(id);
    expect(caseJobId({ ...key, pipeline: 'default@2' })).not.toBe(id);
    expect(caseJobId(key, 'k1')).not.toBe(id);
    expect(caseJobId({ ...key, requests: [] }, 'k1')).toBe(caseJobId(key, 'k1'));
  });
});
