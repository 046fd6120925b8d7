import { readDataFile } from '../lexicon/read-data-file.ts';
import { isAbsolute, join } from 'node:path';
import { prescreenError } from '../core/errors.ts';
import { PROJECT_ROOT } from '../lexicon/load.ts';
import { PREDICATES } from './predicates/registry.ts';
import { placeholdersOf } from './render-message.ts';
import { RulePack, type LoadedRulePack } from './rule-pack-schema.ts';
import { COMMON_PLACEHOLDERS } from './situation.ts';

export const PIPELINES_DIR = join(PROJECT_ROOT, 'pipelines');

const invalid = (file: string, message: string) => prescreenError('PRESCREEN_ERR_INVALID_RULE_PACK', message, { file });

/** Problems the schema cannot see: predicate kinds and params, `needs`, placeholders, duplicate ids. */
function checkAgainstRegistry(pack: RulePack): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  pack.criteria.forEach((c, i) => {
    const at = `criteria.${i}`;
    if (ids.has(c.id)) problems.push(`${at}.id: duplicate criterion id ${c.id}`);
    ids.add(c.id);
    const def = PREDICATES[c.predicate.kind];
    if (!def) {
      problems.push(`${at}.predicate.kind: unknown predicate ${JSON.stringify(c.predicate.kind)} (known: ${Object.keys(PREDICATES).join(', ')})`);
      return;
    }
    const { kind: _kind, ...params } = c.predicate;
    const parsed = def.params.safeParse(params);
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`${[at, 'predicate', ...issue.path].join('.')}: ${issue.message}`);
    const reads = parsed.success && def.readsOf ? def.readsOf(parsed.data) : def.reads;
    const unread = reads.filter((t) => !c.needs.includes(t));
    if (unread.length) problems.push(`${at}.needs: predicate ${def.kind} reads ${unread.join(', ')}, which needs does not list`);
    const known = new Set<string>([...COMMON_PLACEHOLDERS, ...def.placeholders]);
    const unknown = placeholdersOf(c.message).filter((p) => !known.has(p));
    if (unknown.length) problems.push(`${at}.message: unknown placeholders ${unknown.map((p) => `{${p}}`).join(', ')} (known: ${[...known].join(', ')})`);
  });
  const all = new Set(pack.criteria.map((c) => c.id));
  pack.criteria.forEach((c, i) => {
    for (const id of c.yieldsTo ?? []) if (!all.has(id)) problems.push(`criteria.${i}.yieldsTo: no criterion ${id} in this pack`);
    for (const id of c.yieldsToPending ?? []) if (!all.has(id)) problems.push(`criteria.${i}.yieldsToPending: no criterion ${id} in this pack`);
  });
  return problems;
}

/**
 * Loads and validates one rule pack file (absolute, or relative to `pipelines/`). Anything wrong
 * is a typed error naming the file and the path of each problem, e.g. `criteria.2.predicate.max`.
 */
export function loadRulePack(path: string): LoadedRulePack {
  const file = isAbsolute(path) ? path : join(PIPELINES_DIR, path);
  const pack = readDataFile(file, RulePack, 'PRESCREEN_ERR_INVALID_RULE_PACK');
  const problems = checkAgainstRegistry(pack);
  if (problems.length) throw invalid(file, problems.slice(0, 8).join('; '));
  return { ...pack, file };
}

/** Loads several packs; two packs may not share an id, and two fallback packs (no request patterns or drug classes) may not claim the same modality. */
export function loadRulePacks(paths: string[]): LoadedRulePack[] {
  const packs = paths.map(loadRulePack);
  const owner = new Map<string, LoadedRulePack>();
  const ids = new Map<string, string>();
  for (const p of packs) {
    const other = ids.get(p.pack);
    if (other) throw invalid(p.file, `pack: id ${p.pack} is also used by ${other}`);
    ids.set(p.pack, p.file);
    // Packs chosen by request wording or drug class may share a modality; the fallback packs may not.
    if (p.appliesTo.requestPatterns.length > 0 || p.appliesTo.drugClasses.length > 0) continue;
    for (const m of p.appliesTo.modalities) {
      const claimed = owner.get(m);
      if (claimed) throw invalid(p.file, `appliesTo.modalities: ${m} is already covered by ${claimed.pack} (${claimed.file})`);
      owner.set(m, p);
    }
  }
  return packs;
}
