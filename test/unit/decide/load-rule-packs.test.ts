import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrescreenError } from '../../../src/core/errors.ts';
import { MODALITIES } from '../../../src/core/modality.ts';
import { createDecider, loadRulePack, loadRulePacks } from '../../../src/decide/index.ts';
import { selectPack } from '../../../src/decide/select-pack.ts';
import { makeItem } from './make-fact.ts';
import { loadPipelineDefinition } from '../../../src/pipeline/definition.ts';

const packFiles = loadPipelineDefinition().rulePackFiles;
const dir = mkdtempSync(join(tmpdir(), 'prescreen-packs-'));

/** Writes a copy of the acupuncture pack with one textual edit, and returns its path. */
function edited(name: string, from: string, to: string, source = packFiles[0]): string {
  const text = readFileSync(source, 'utf8');
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
    expect(packs.map((p) => p.pack)).toEqual(expect.arrayContaining(['mtus-acupuncture.2007', 'mtus-physical-medicine.2016', 'mtus-chiropractic.2016', 'mtus-imaging-spine.2004', 'mtus-opioids.2016']));
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
    ['an unknown appliesWhen key', 'appliesWhen: { continuationOrEfficacyReview: true }', 'appliesWhen: { renewal: true }', /criteria\.0\.appliesWhen/],
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

  it('two fallback packs (no request patterns) may not claim the same modality; packs chosen by wording may', () => {
    const fallback = packFiles.find((f) => f.includes('medications-other'))!;
    const copy = edited('copy.yaml', 'pack: mtus-medications-other.2016', 'pack: medications-copy.2016', fallback);
    const err = errorOf(() => loadRulePacks([fallback, copy]));
    expect(err.message).toMatch(/medication is already covered by mtus-medications-other\.2016/);
    const worded = edited('worded.yaml', 'pack: mtus-acupuncture.2007', 'pack: acupuncture-copy.2007');
    expect(loadRulePacks([packFiles[0], worded])).toHaveLength(2);
  });

  it('every modality of the gold vocabulary has a pack', () => {
    const packs = loadRulePacks(packFiles);
    const uncovered = MODALITIES.filter((m) => selectPack(packs, makeItem({ modality: m }), null) === null);
    expect(uncovered).toEqual([]);
  });

  it('a missing file is a typed error too', () => {
    expect(errorOf(() => loadRulePack(join(dir, 'absent.yaml'))).code).toBe('PRESCREEN_ERR_INVALID_RULE_PACK');
  });
});

describe('any-of: a disjunctive criterion as data', () => {
  const indication = packFiles.find((f) => f.includes('acupuncture'))!;
  const alternative = '- { kind: evidence-documented, type: care_course, kinds: [home_exercise], lookedFor: "a home exercise program" }';

  it('checks every alternative against the registry, with the path of the bad one', () => {
    const unknown = edited('any-of-kind.yaml', alternative, '- { kind: evidence-guessed, lookedFor: "x" }', indication);
    expect(errorOf(() => loadRulePack(unknown)).message).toMatch(/criteria\.6\.predicate\.of\.2\.kind: unknown predicate "evidence-guessed"/);
    const badParam = edited('any-of-param.yaml', alternative, '- { kind: evidence-documented, type: care_course, kinds: [Home-Exercise], lookedFor: "x" }', indication);
    expect(errorOf(() => loadRulePack(badParam)).message).toMatch(/criteria\.6\.predicate\.of\.2\.kinds\.0/);
  });

  it('asks needs to cover what the alternatives read', () => {
    const file = edited('any-of-needs.yaml', 'needs: [clinical_indication, prior_treatment, care_course, surgical_status]', 'needs: [clinical_indication, care_course, surgical_status]', indication);
    expect(errorOf(() => loadRulePack(file)).message).toMatch(/criteria\.6\.needs: predicate any-of reads prior_treatment/);
  });

  it('yieldsTo names criteria of the same pack', () => {
    const file = edited('yields-to.yaml', 'yieldsTo: [acupuncture.trial-total, acupuncture.initial-trial]', 'yieldsTo: [acupuncture.trial-totals]', indication);
    expect(errorOf(() => loadRulePack(file)).message).toMatch(/yieldsTo: no criterion acupuncture\.trial-totals/);
  });
});
