import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document.ts';
import { createAnalyzer } from '../../../src/text/analyze.ts';
import { createContextEngine } from '../../../src/text/context.ts';

const engine = createContextEngine();

/** The decisions for the first occurrence of `target` in `sentence`. */
function decide(sentence: string, target: string) {
  const start = sentence.indexOf(target);
  if (start < 0) throw new Error(`target not in sentence: ${target}`);
  return engine.modifiers(sentence, engine.triggersIn(sentence), start, start + target.length);
}
const categories = (sentence: string, target: string) => [...new Set(decide(sentence, target).map((d) => d.category))].sort();

describe('context engine: each category fires', () => {
  it.each([
    ['Patient reports no swelling of the left ankle.', 'swelling', 'negated'],
    ['She denies numbness in both hands.', 'numbness', 'negated'],
    ['The x-ray ruled out a scaphoid fracture.', 'scaphoid fracture', 'negated'],
    ['A tendon rupture was ruled out.', 'tendon rupture', 'negated'],
    ['Straight leg raise was negative.', 'Straight leg raise', 'negated'],
    ['Drug allergies: none.', 'Drug allergies', 'negated'],
    ['Possible tear of the rotator cuff.', 'tear', 'possible'],
    ['Rule out carpal tunnel syndrome.', 'carpal tunnel syndrome', 'possible'],
    ['A labral tear cannot be excluded.', 'labral tear', 'possible'],
    ['Return to clinic if the swelling worsens.', 'swelling', 'hypothetical'],
    ['The 6 requested additional acupuncture sessions.', 'additional acupuncture sessions', 'hypothetical'],
    ['MRI of the knee to evaluate for a meniscal tear.', 'meniscal tear', 'hypothetical'],
    ['Treatment to date has included 12 previous acupuncture treatments.', 'acupuncture treatments', 'historical'],
    ['History of lumbar fusion in 2009.', 'lumbar fusion', 'historical'],
    ['His father had rheumatoid arthritis.', 'rheumatoid arthritis', 'family'],
  ])('%s -> %s is %s', (sentence, target, category) => {
    expect(categories(sentence, target)).toEqual([category]);
  });

  it('leaves a plain statement unmodified', () => {
    expect(decide('Tenderness over the right trapezius.', 'Tenderness')).toEqual([]);
  });
});

describe('context engine: documentation gaps are not negation', () => {
  it.each([
    ['There is no documentation of functional benefit.', 'functional benefit'],
    ['Lack of documentation of objective functional improvement.', 'objective functional improvement'],
    ['Reduced medication use is not documented.', 'Reduced medication use'],
    ['It is unclear how many sessions were completed.', 'sessions were completed'],
    ['The number of prior sessions is unclear.', 'number'],
  ])('%s', (sentence, target) => {
    const cats = categories(sentence, target);
    expect(cats).toContain('documentation_gap');
    expect(cats).not.toContain('negated');
  });

  it('reads a patient who has not reported something as negation, a record that has not been as a gap', () => {
    expect(categories('The patient has not reported any relief from the injections.', 'relief')).toEqual(['negated']);
    expect(categories('Objective improvement has not been reported.', 'Objective improvement')).toEqual(['documentation_gap']);
  });

  it('runs through a ";" list of what is missing, but negation does not', () => {
    const gap = 'No documentation of reduced work restrictions; increased activity tolerance; and less medication.';
    expect(categories(gap, 'increased activity tolerance')).toEqual(['documentation_gap']);
    expect(categories('No fever; moderate swelling of the wrist.', 'swelling')).toEqual([]);
  });
});

describe('context engine: scope', () => {
  it('ends at a terminator', () => {
    expect(categories('No fever but a mild cough since Monday.', 'cough')).toEqual([]);
    expect(categories('No fever but a mild cough since Monday.', 'fever')).toEqual(['negated']);
  });

  it('ends at a clause with its own subject', () => {
    expect(categories('He is not sleeping well and he is tired all day.', 'tired')).toEqual([]);
    expect(categories('At the time of the request for 8 chiropractic visits, there is documentation of neck pain.', 'neck pain')).toEqual([]);
  });

  it('ends at ":" and at a sentence end inside the text', () => {
    expect(categories('Measurements not obtained. Indication: shoulder pain.', 'shoulder pain')).toEqual([]);
    expect(categories('Imaging negative for: fracture.', 'fracture')).toEqual(['negated']);
  });

  it('lets a terminator end only the categories it names', () => {
    // "because" ends hypothetical scope, not negation.
    expect(categories('Will stay off work because swelling persists.', 'swelling')).toEqual([]);
    expect(categories('Not working because of wrist pain.', 'wrist pain')).toEqual(['negated']);
  });

  it('ends a negation at a "possible" trigger', () => {
    expect(categories('No fracture, possible sprain of the wrist.', 'sprain')).toEqual(['possible']);
  });

  it('keeps a long list in scope of a forward negation', () => {
    expect(categories('She denies fever, chills, night sweats, weight loss or bowel incontinence.', 'bowel incontinence')).toEqual(['negated']);
  });

  it('applies backward triggers only within their maxScope', () => {
    expect(categories('Her nausea has now resolved.', 'nausea')).toEqual(['negated']);
    expect(categories('Her nausea from the infusion two weeks ago has now resolved.', 'nausea')).toEqual([]);
  });

  it('does not let a trigger inside the target modify it', () => {
    expect(decide('There is no documentation of functional benefit.', 'no documentation of functional benefit')).toEqual([]);
  });
});

describe('context engine: pseudo-triggers', () => {
  it.each([
    ['No change in the size of the ganglion cyst.', 'ganglion cyst'],
    ['Gram negative rods grew in the culture.', 'rods'],
    ['The pain is not only sharp but burning.', 'sharp'],
    ['Walks without difficulty on heels and toes.', 'heels'],
  ])('%s fires nothing', (sentence, target) => {
    expect(decide(sentence, target)).toEqual([]);
  });
});

describe('context engine: what fired', () => {
  it('reports the trigger ruleId, text and span', () => {
    const s = 'Patient reports no swelling of the left ankle.';
    const [d] = decide(s, 'swelling');
    expect(d.trigger.entry.id).toBe('ctx.neg.pre.no');
    expect(d.trigger.text).toBe('no');
    expect(s.slice(d.trigger.start, d.trigger.end)).toBe('no');
    expect(d.trigger.start).toBe(16);
  });

  it('fires every entry on its own example sentence', () => {
    for (const entry of engine.lexicon.entries) {
      expect(engine.triggersIn(entry.example).map((t) => t.entry.id), entry.id).toContain(entry.id);
    }
  });
});

describe('context engine: maxScope and terminators with a lexicon of our own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-lex-'));
  writeFileSync(join(dir, 'context-triggers.yaml'), [
    'lexicon: context-triggers', 'version: 1', 'entries:',
    '  - {id: t.nix, example: "nix apple", category: negated, direction: forward, maxScope: 3, literals: [nix]}',
    '  - {id: t.stop, example: "halt", category: terminate, direction: terminate, literals: [halt]}',
    '  - {id: t.fwd, example: "pause", category: terminate, direction: terminate, endsScope: forward, literals: [pause]}',
    '  - {id: t.gone, example: "apple gone", category: negated, direction: backward, maxScope: 3, literals: [gone]}',
  ].join('\n'));
  const own = createContextEngine(dir);
  const run = (s: string, target: string) => {
    const i = s.indexOf(target);
    return own.modifiers(s, own.triggersIn(s), i, i + target.length).map((d) => d.trigger.entry.id);
  };

  it('counts words between trigger and target', () => {
    expect(run('nix red green apple', 'apple')).toEqual(['t.nix']);
    expect(run('nix red green blue apple', 'apple')).toEqual([]);
  });

  it('stops at the terminator', () => {
    expect(run('nix halt apple', 'apple')).toEqual([]);
    expect(run('apple halt gone', 'apple')).toEqual([]);
  });

  it('lets an endsScope terminator end only scopes running that way', () => {
    expect(run('nix pause apple', 'apple')).toEqual([]);
    expect(run('apple pause gone', 'apple')).toEqual(['t.gone']);
  });
});

describe('analyzer: context flags', () => {
  it('sets documentationGap without negated, with the original offsets of the trigger', () => {
    const text = 'Neck pain 6/10.\nThere is no documentation of functional benefit.';
    const ad = createAnalyzer()(createDocument({ id: 'd1', source: 'test', kind: 'text', pages: [{ text }] }));
    const at = ad.text.indexOf('functional benefit');
    const c = ad.contextOf(at, at + 'functional benefit'.length);
    expect(c.documentationGap).toBe(true);
    expect(c.negated).toBe(false);
    expect(c.triggers[0].ruleId).toBe('ctx.gap.no-documentation-of');
    expect(text.slice(c.triggers[0].start, c.triggers[0].end)).toBe('no documentation of');
  });
});
