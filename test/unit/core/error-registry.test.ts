import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, PrescreenError } from '../../../src/core/errors.ts';
import { PROJECT_ROOT } from '../../../src/lexicon/load.ts';

const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'errors.md'), 'utf8');
const documented = new Set([...doc.matchAll(/^## (PRESCREEN_ERR_[A-Z_]+)\s*$/gm)].map((m) => m[1]));

describe('error registry', () => {
  it('documents every code in docs/errors.md, and nothing else', () => {
    expect([...documented].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('names the code and the file in the message, and carries retryability from the registry', () => {
    const e = new PrescreenError('PRESCREEN_ERR_NOT_A_PDF', 'does not start with %PDF-', { file: 'scan.pdf' });
    expect(e.message).toBe('PRESCREEN_ERR_NOT_A_PDF: scan.pdf: does not start with %PDF-');
    expect(e.retryable).toBe(false);
    expect(new PrescreenError('PRESCREEN_ERR_QUEUE_UNAVAILABLE', 'down').retryable).toBe(true);
  });
});
