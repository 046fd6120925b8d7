import { z } from 'zod';
import { RegexSource } from '../rule-pack-schema.ts';
import { citeSome, ofKinds } from './evidence-kinds.ts';
import { definePredicate } from './types.ts';

/**
 * GEN-5: an associated service (post-operative therapy, an assistant surgeon, pre-operative labs)
 * follows the request it serves. The primary is another item of the same case whose text matches
 * `primaryPatterns`: supported → met, not supported → not_met. With no primary in the case, a
 * record showing the surgery was done (`post_operative`) → met; otherwise nothing shows the
 * primary was certified → not_documented.
 */
export const primaryRequestSupported = definePredicate({
  kind: 'primary-request-supported',
  params: z.strictObject({ primaryPatterns: z.array(RegexSource).min(1) }),
  reads: [],
  placeholders: ['primary'],
  evaluate({ primaryPatterns }, s) {
    const res = primaryPatterns.map((p) => new RegExp(p, 'iu'));
    const primaries = s.others.filter((o) => res.some((r) => r.test(o.item.text)) && !s.item.text.includes(o.item.text));
    const name = (t: string) => `"${t.trim()}"`;
    if (primaries.length > 0) {
      const ok = primaries.find((p) => p.outcome === 'supported');
      if (ok) return { status: 'met', explanation: `The request it depends on, ${name(ok.item.text)}, is supported.`, facts: [], vars: { primary: name(ok.item.text) } };
      const p = primaries[0];
      return { status: 'not_met', explanation: `The request it depends on, ${name(p.item.text)}, is not supported.`, facts: [], vars: { primary: name(p.item.text) } };
    }
    const done = ofKinds(s.facts, 'surgical_status', ['post_operative']);
    if (done.length > 0) return { status: 'met', explanation: `The record shows the surgery was done: ${citeSome(done)}.`, facts: done.map((f) => f.id), vars: { primary: 'the surgery' } };
    return { status: 'not_documented', explanation: 'Looked for a certified or completed procedure this request depends on; none is documented.', facts: [], vars: { primary: 'the procedure it depends on' } };
  },
});
