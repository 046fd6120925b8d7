import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContextEngine } from '../../../src/text/context.ts';
import { categories } from './context-categories.ts';

/**
 * A negation outside a parenthesis against a positive statement inside it: "denies opioid use
 * (was on Percocet post-op)" says the drug was taken, so the aside is out of the denial's scope.
 * A parenthesis that only continues the denied list ("(or drugs)", "(including vaping)") stays in
 * it, and so does what follows the ")". Also: a drug the worker "was on" is a past one.
 */
describe('context: a positive statement in a parenthesis after a negation', () => {
  it.each([
    ['Denies opioid use since 06/2024 (was on Percocet post-op).', 'Percocet'],
    ['No muscle relaxants at present (had tried cyclobenzaprine in 2022).', 'cyclobenzaprine'],
    ['Denies NSAID use (previously took naproxen, stopped for reflux).', 'naproxen'],
    ['Denies radicular symptoms (underwent an EMG in 2021 that was normal).', 'EMG'],
    ['No injections to date (s/p carpal tunnel release 2015).', 'carpal tunnel release'],
    ['Not taking any sleep aids (she was taking zolpidem until March).', 'zolpidem'],
    ['Will request an MRI (had X-rays in 2023).', 'X-rays'],
  ])('%s -> %s is not negated or hypothetical', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('negated');
    expect(categories(sentence, target)).not.toContain('hypothetical');
  });

  it('keeps what the trigger itself denies negated', () => {
    expect(categories('Denies opioid use since 06/2024 (was on Percocet post-op).', 'opioid use')).toEqual(['negated']);
    expect(categories('Will request an MRI (had X-rays in 2023).', 'MRI')).toEqual(['hypothetical']);
  });

  it('reads the drug in the aside as a past one', () => {
    expect(categories('Denies opioid use since 06/2024 (was on Percocet post-op).', 'Percocet')).toEqual(['historical']);
  });

  it.each([
    ['Denies use of alcohol (or drugs).', 'drugs'],
    ['Denies use of alcohol (or drugs).', 'alcohol'],
    ['Denies tobacco (including vaping) and alcohol.', 'vaping'],
    ['No fever (e.g., chills or sweats).', 'chills'],
    ['No swelling (had none last visit either) or redness.', 'redness'],
    ['Denies opioid use (was on Percocet post-op) or benzodiazepine use.', 'benzodiazepine use'],
    ['Denies numbness (was not on gabapentin).', 'gabapentin'],
  ])('%s -> %s stays negated', (sentence, target) => {
    expect(categories(sentence, target)).toEqual(['negated']);
  });

  it('keeps a relative\'s aside the relative\'s', () => {
    expect(categories('Mother has diabetes (was on metformin).', 'metformin')).toContain('family');
  });
});

describe('context: a drug or status the worker was on', () => {
  it.each([
    ['He was on Norco after the fusion.', 'Norco'],
    ['She used to take tramadol for the knee.', 'tramadol'],
    ['He had been taking meloxicam until the GI upset.', 'meloxicam'],
    ['She was previously on gabapentin 300 mg.', 'gabapentin'],
  ])('%s -> %s is historical', (sentence, target) => {
    expect(categories(sentence, target)).toEqual(['historical']);
  });

  it.each([
    ['He is on Norco 10/325.', 'Norco'],
    ['She has been taking ibuprofen daily.', 'ibuprofen'],
    ['The pain was on the left side with numbness.', 'numbness'],
    ['Tenderness was on the lumbar paraspinals.', 'lumbar paraspinals'],
    ['Surgery was on 3/2/2020 with good relief.', 'good relief'],
  ])('%s -> %s is not historical', (sentence, target) => {
    expect(categories(sentence, target)).not.toContain('historical');
  });
});

describe('context engine: a terminator that ends scopes only inside its parenthesis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-paren-'));
  writeFileSync(join(dir, 'context-triggers.yaml'), [
    'lexicon: context-triggers', 'version: 1', 'entries:',
    '  - {id: t.nix, example: "nix apple", category: negated, direction: forward, literals: [nix]}',
    '  - {id: t.aside, example: "(had", category: terminate, direction: terminate, endsScope: forward, insideParenthesis: true, patterns: ["\\\\((?=had )"]}',
  ].join('\n'));
  const own = createContextEngine(dir);
  const run = (s: string, target: string) => {
    const i = s.indexOf(target);
    return own.modifiers(s, own.triggersIn(s), i, i + target.length).map((d) => d.trigger.entry.id);
  };

  it('ends the scope inside the parenthesis and resumes it after', () => {
    expect(run('nix apple (had pear) or plum', 'pear')).toEqual([]);
    expect(run('nix apple (had pear) or plum', 'plum')).toEqual(['t.nix']);
    expect(run('nix apple (or pear)', 'pear')).toEqual(['t.nix']);
  });
});
