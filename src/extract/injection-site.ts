import type { Modality } from '../core/modality.ts';
import type { ModalityMention } from './modality.ts';
import type { TermIndex } from './request-terms.ts';

/** How far from a steroid injection a joint may be named and still be its site, in characters. */
const BEFORE = 40;
const AFTER = 60;

/**
 * The modality of a mention once its site is read: a steroid injection (`jointNearby` in
 * `modalities.yaml`) with a joint named in its clause ("2 cortisone shots for the knees", "right
 * knee: steroid injection x2", "a cortisone shot, left shoulder") is an `injection_joint`; a
 * semicolon or a full stop ends the clause. Every other mention keeps its modality.
 */
export function createInjectionSite(terms: TermIndex) {
  return function modalityAt(text: string, m: ModalityMention): Modality {
    if (!m.entry.jointNearby) return m.modality;
    const from = Math.max(0, m.start - BEFORE);
    const window = text.slice(from, Math.min(text.length, m.end + AFTER));
    const joint = terms.find(window, 'joint').some((j) => {
      const a = from + j.start;
      const b = from + j.end;
      const between = a >= m.end ? text.slice(m.end, a) : b <= m.start ? text.slice(b, m.start) : '';
      return !/[;.]\s/.test(between) && !/[;]/.test(between);
    });
    return joint ? 'injection_joint' : m.modality;
  };
}
export type InjectionSite = ReturnType<typeof createInjectionSite>;
