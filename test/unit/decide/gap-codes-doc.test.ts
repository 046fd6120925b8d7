import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAP_CODES } from '../../../src/core/gap-codes.ts';
import { loadRulePacks } from '../../../src/decide/index.ts';
import { PROJECT_ROOT } from '../../../src/lexicon/load.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';

const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'gap-codes.md'), 'utf8');
const sections = [...doc.matchAll(/^## (\S+)\s*$/gm)].map((m) => m[1]);

describe('docs/gap-codes.md', () => {
  it('has one section per gap code, and no section for an unknown code', () => {
    expect([...sections].sort()).toEqual(Object.keys(GAP_CODES).sort());
  });

  it('gives every section a meaning and an example sentence', () => {
    const bodies = doc.split(/^## \S+\s*$/m).slice(1);
    for (const [i, body] of bodies.entries()) {
      expect(body.trim().length, sections[i]).toBeGreaterThan(40);
      expect(body, sections[i]).toMatch(/^Example: ".+"$/m);
    }
  });

  it('every criterion of every default pack names a known gap code', () => {
    for (const pack of loadRulePacks(loadPipelineDefinition().rulePackFiles)) {
      for (const c of pack.criteria) expect(Object.keys(GAP_CODES), c.id).toContain(c.gap);
    }
  });
});
