import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { DrugClass } from '../core/fact.ts';
import type { BaseEntry } from '../lexicon/entry.ts';
import { DEFAULT_LEXICON_DIR } from '../lexicon/load.ts';
import { createMatcher } from '../text/matcher.ts';

/** A drug class name of the fact schema (`opioid`, `nsaid`, ...). */
export type DrugClassName = z.infer<typeof DrugClass>;

type ClassEntry = BaseEntry & { drugClass: DrugClassName };

/**
 * Reads the drug classes of the medications lexicon (`pipelines/lexicons/medications.yaml`, owned
 * by the medications extractor) without depending on its entry schema: any entry with literals or
 * patterns and a class field (`drugClass`, `drug_class` or `class`) that names a known class is
 * used; anything else is skipped. A missing lexicon yields a lookup that knows no drug, so the
 * packs' own request patterns choose the pack instead.
 */
export function createDrugClassLookup(dir = DEFAULT_LEXICON_DIR): (text: string) => DrugClassName | null {
  const file = join(dir, 'medications.yaml');
  if (!existsSync(file)) return () => null;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch {
    return () => null;
  }
  const entries: ClassEntry[] = [];
  const list = (raw as { entries?: unknown })?.entries;
  for (const e of Array.isArray(list) ? list : []) {
    const r = e as Record<string, unknown>;
    const cls = DrugClass.safeParse(r.drugClass ?? r.drug_class ?? r.class);
    const literals = Array.isArray(r.literals) ? r.literals.filter((x): x is string => typeof x === 'string') : [];
    const patterns = Array.isArray(r.patterns) ? r.patterns.filter((x): x is string => typeof x === 'string') : [];
    if (!cls.success || literals.length + patterns.length === 0 || typeof r.id !== 'string') continue;
    entries.push({ id: r.id, example: '', literals, patterns, drugClass: cls.data });
  }
  if (entries.length === 0) return () => null;
  const matcher = createMatcher(entries);
  // The first drug named decides: "Norco 10/325 #60" is an opioid whatever follows.
  return (text) => matcher.findAll(text)[0]?.entry.drugClass ?? null;
}
