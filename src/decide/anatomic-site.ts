import { z } from 'zod';
import type { Fact } from '../core/fact.ts';
import type { RequestedItem } from '../core/request.ts';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { createMatcher, type Matcher } from '../text/matcher.ts';

const SiteEntry = entrySchema({ site: z.string().regex(/^[a-z_]+(?:\.[a-z_]+)*$/, 'dotted lower-case site') });
type SiteEntry = z.infer<typeof SiteEntry>;

let matcher: Matcher<SiteEntry> | undefined;
const sites = () => (matcher ??= createMatcher(loadLexicon('anatomic-sites', SiteEntry).entries));

/** A general site is compatible with its parts: "spine" with "spine.lumbar", not "spine.cervical" with "spine.lumbar". */
const compatible = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** The sites a request names, from its body region and its words ("MRI of neck and right hand"). */
export function requestSites(item: RequestedItem): string[] {
  return sites().findAll(`${item.text} ; ${item.bodyRegion ?? ''}`).map((m) => m.entry.site);
}

/**
 * Where a fact's words start in its sentence. The first occurrence, unless `siblings` (the case's
 * facts) show the same words earlier in the same sentence: "MRI of the neck to rule out a disc
 * herniation and MRI of the shoulder to rule out a cuff tear" holds two "to rule out" facts, and
 * the second lies beside the shoulder. Facts keep document spans, not sentence offsets, so the
 * order of their spans picks the occurrence.
 */
export function offsetInSentence(fact: Fact, siblings: readonly Fact[] = []): number {
  const sentence = fact.sentence.toLowerCase();
  const words = fact.text.toLowerCase();
  const earlier = new Set(siblings
    .filter((f) => f.sentence === fact.sentence && f.text.toLowerCase() === words && f.span.document === fact.span.document && f.span.start < fact.span.start)
    .map((f) => f.span.start)).size;
  let at = sentence.indexOf(words);
  for (let n = 0; n < earlier && at >= 0; n++) {
    const next = sentence.indexOf(words, at + 1);
    if (next < 0) break;
    at = next;
  }
  return at;
}

/** The site mention nearest to the finding's words in its sentence, or null when it names none. */
function nearestSite(fact: Fact, offset?: number): { site: string; start: number } | null {
  const at = offset ?? fact.sentence.toLowerCase().indexOf(fact.text.toLowerCase());
  const centre = at < 0 ? 0 : at + fact.text.length / 2;
  let best: { site: string; start: number; distance: number } | null = null;
  for (const m of sites().findAll(fact.sentence)) {
    const distance = Math.abs((m.start + m.end) / 2 - centre);
    if (!best || distance < best.distance) best = { site: m.entry.site, start: m.start, distance };
  }
  return best;
}

/**
 * The site a finding lies in: the site named nearest to the finding's words in its sentence
 * ("fractured his left wrist when he fell on his back" puts the fracture at the wrist), or null
 * when the sentence names none.
 */
export function factSite(fact: Fact): string | null {
  return nearestSite(fact)?.site ?? null;
}

type Side = 'left' | 'right';
const SIDE_WORD = /(?<![A-Za-z])(left|right|bilateral|both)(?![A-Za-z])/giu;

/** One side when the words name only that side; null for none, both or "bilateral". */
function oneSide(words: string): Side | null {
  const found = new Set([...words.matchAll(SIDE_WORD)].map((m) => m[1]!.toLowerCase()));
  if (found.has('bilateral') || found.has('both') || found.size !== 1) return null;
  return [...found][0] as Side;
}

/**
 * Whether a finding lies in the requested region AND on the requested side: an MRI of the left
 * knee does not repeat one of the right knee. The finding's side is read just before its site
 * ("an MRI of the left knee"); when either side is unknown, only the region is compared.
 * `offset`: where the finding's words start in the sentence (`offsetInSentence`), when known.
 */
export function onRequestedSide(fact: Fact, item: RequestedItem, offset?: number): boolean {
  if (!inRequestedRegion(fact, item, offset)) return false;
  const near = nearestSite(fact, offset);
  const wanted = oneSide(item.text);
  if (!near || !wanted) return true;
  const before = fact.sentence.slice(Math.max(0, near.start - 20), near.start);
  const side = oneSide(before.split(/[,;]/u).pop() ?? '');
  return side === null || side === wanted;
}

/**
 * Whether a regional finding bears on the request: yes when either names no site, otherwise only
 * when the finding's site is compatible with one the request names. A wrist fracture is no red
 * flag for lumbar imaging (MTUS Special Studies name red flags of the region imaged).
 */
export function inRequestedRegion(fact: Fact, item: RequestedItem, offset?: number): boolean {
  const wanted = requestSites(item);
  const site = nearestSite(fact, offset)?.site ?? null;
  return site === null || wanted.length === 0 || wanted.some((w) => compatible(site, w));
}
