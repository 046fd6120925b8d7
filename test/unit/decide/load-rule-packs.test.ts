import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrescreenError } from '../../../src/core/errors.ts';
import { createDecider, loadRulePack, loadRulePacks } from '../../../src/decide/index.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';

const packFiles = loadPipelineDefinition().rulePackFiles;
const dir = mkdtempSync(join(tmpdir(), 'prescreen-packs-'));

/** Writes a copy of the acupuncture pack with one textual edit, and returns its path. */
function edited(name: string, from: string, to: string): string {
  const text = readFileSync(packFiles[0], 'utf8');
  expect(text).toContain(from);
  const file = join(dir, name);
  writeFileSync(file, text.replace(from, to));
  return file;
}

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isPrescreenError(e)) return e;
    throw e;
  }
  throw new Error('expected a PrescreenError');
}

describe('rule packs', () => {
  it('every pack of the default pipeline validates, with unique criterion ids', () => {
    const packs = loadRulePacks(packFiles);
    expect(packs.map((p) => p.pack)).toEqual(['mtus-acupuncture.2007', 'mtus-physical-medicine.2016', 'mtus-chiropractic.2016']);
    const ids = packs.flatMap((p) => p.criteria.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['a bad predicate parameter', 'kind: max-total-visits, max: 6', 'kind: max-total-visits, max: "six"', /criteria\.1\.predicate\.max/],
    ['an unknown predicate kind', 'kind: prior-count-documented', 'kind: prior-count-guessed', /criteria\.3\.predicate\.kind: unknown predicate/],
    ['an unknown gap code', 'gap: PRIOR_TREATMENT_COUNT_UNKNOWN', 'gap: COUNT_MISSING', /criteria\.3\.gap/],
    ['an unknown placeholder', '({total}) exceed', '({sum}) exceed', /criteria\.1\.message: unknown placeholders \{sum\}/],
    ['needs that miss what the predicate reads', 'needs: [pain_relief, pain_score]', 'needs: [pain_relief]', /criteria\.4\.needs: .*pain_score/],
    ['an unquoted edition', 'edition: "2007"', 'edition: 2007', /edition/],
    ['an unknown appliesWhen key', 'appliesWhen: { continuation: true }', 'appliesWhen: { renewal: true }', /criteria\.0\.appliesWhen/],
  ])('%s is PRESCREEN_ERR_INVALID_RULE_PACK naming the file and path', (_name, from, to, path) => {
    const file = edited('bad.yaml', from, to);
    const err = errorOf(() => loadRulePack(file));
    expect(err.code).toBe('PRESCREEN_ERR_INVALID_RULE_PACK');
    expect(err.file).toBe(file);
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(path);
  });

  it('createDecider fails on an invalid pack before any case runs', () => {
    const file = edited('bad-weight.yaml', 'weight: 100', 'weight: heavy');
    expect(errorOf(() => createDecider({ packs: [file] })).code).toBe('PRESCREEN_ERR_INVALID_RULE_PACK');
  });

  it('two packs may not claim the same modality', () => {
    const copy = edited('copy.yaml', 'pack: mtus-acupuncture.2007', 'pack: acupuncture-copy.2007');
    const err = errorOf(() => loadRulePacks([packFiles[0], copy]));
    expect(err.message).toMatch(/acupuncture is already covered by mtus-acupuncture\.2007/);
  });

  it('a missing file is a typed error too', () => {
    expect(errorOf(() => loadRulePack(join(dir, 'absent.yaml'))).code).toBe('PRESCREEN_ERR_INVALID_RULE_PACK');
  });
});
