import type { FactValue } from '../core/fact.ts';
import { createMatcher, type Match } from '../text/matcher.ts';
import type { MedicationCueEntry, MedicationEntry } from './medications-lexicon.ts';

/** One drug as written: its span (suffixes and combination partners included) and its entries. */
export interface DrugMention {
  start: number;
  end: number;
  name: string;
  entries: MedicationEntry[];
}

/** How far after a name a suffix is looked for (characters). */
const SUFFIX_REACH = 30;

/**
 * Turns drug-name matches into mentions as written: a name takes the release, salt and form words
 * that follow it ("Tramadol ER", "orphenadrine citrate", "Medrol Dosepak") but not its dose, and
 * names joined by a combination mark become one when they form a known product
 * ("hydrocodone-acetaminophen", "oxycodone/APAP").
 */
export function createNameBuilder(drugs: readonly MedicationEntry[], cues: readonly MedicationCueEntry[]) {
  const suffixes = createMatcher(cues.filter((c) => c.kind === 'suffix'));
  const combos = createMatcher(cues.filter((c) => c.kind === 'combo'));
  // Two names join only into a known combination product; "lidocaine/dexamethasone" stays two.
  const products = new Set(drugs.map((d) => d.generic.toLowerCase()));
  const joins = (a: DrugMention, b: MedicationEntry) =>
    products.has(`${a.entries.map((e) => e.generic).join('/')}/${b.generic}`.toLowerCase());

  const extend = (text: string, end: number): number => {
    for (;;) {
      const tail = text.slice(end, end + SUFFIX_REACH);
      const next = suffixes.findAll(tail).find((m) => m.start === 0 && (!m.entry.upperCase || m.text === m.text.toUpperCase()));
      if (!next) return end;
      end += next.end;
    }
  };

  return function build(text: string, matches: Match<MedicationEntry>[]): DrugMention[] {
    const out: DrugMention[] = [];
    for (const m of matches) {
      const prev = out[out.length - 1];
      if (prev && m.start >= prev.end && combos.findAll(text.slice(prev.end, m.start)).length > 0 && joins(prev, m.entry)) {
        prev.end = extend(text, m.end);
        prev.entries.push(m.entry);
      } else {
        out.push({ start: m.start, end: extend(text, m.end), name: '', entries: [m.entry] });
      }
    }
    for (const d of out) d.name = text.slice(d.start, d.end).replace(/\s+/g, ' ').trim();
    return out;
  };
}

/** Generic name of a mention (parts joined by "/") and its class (the first specific one). */
export function describe(mention: DrugMention): { generic: string; drugClass: NonNullable<FactValue<'medication'>['drugClass']> } {
  const generic = [...new Set(mention.entries.map((e) => e.generic))].join('/');
  const drugClass = mention.entries.find((e) => e.drugClass !== 'other')?.drugClass ?? mention.entries[0].drugClass;
  return { generic, drugClass };
}
