import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/lexicon/load.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { createInProcessRunner } from '../../src/runners/in-process.ts';

/**
 * End-to-end golden files: each folder under cases/ holds `case.json` (files relative to the
 * project root, requests) and the expected `output.json` and `output.md`. They are rewritten only
 * on request: `UPDATE_GOLDEN=1 npx vitest run test/golden`.
 */
const CASES = join(PROJECT_ROOT, 'test', 'golden', 'cases');
const update = process.env.UPDATE_GOLDEN === '1';
const runner = createInProcessRunner();

describe('golden end-to-end screens', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(name, async () => {
      const dir = join(CASES, name);
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
      const result = await runner.screen({ ...spec, files: spec.files.map((f: string) => join(PROJECT_ROOT, f)) });
      const json = `${JSON.stringify(result, null, 2)}\n`;
      const md = renderMarkdown(result);
      if (update || !existsSync(join(dir, 'output.json'))) {
        writeFileSync(join(dir, 'output.json'), json);
        writeFileSync(join(dir, 'output.md'), md);
        if (!update) throw new Error(`${name}: golden files were missing and have been written; review and commit them`);
      }
      expect(json).toBe(readFileSync(join(dir, 'output.json'), 'utf8'));
      expect(md).toBe(readFileSync(join(dir, 'output.md'), 'utf8'));
    });
  }
});
