import { z } from 'zod';
import { entrySchema } from '../lexicon/entry.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { AnalyzedDocument } from '../text/analyze.ts';
import { createMatcher } from '../text/matcher.ts';
import type { Candidate } from './extractor.ts';
import { withPlaceholders } from './pattern-placeholders.ts';

/** One entry of `functional-improvement-work-orders.yaml`: an off-work order or an earlier off-work status. */
export const FiwEntry = entrySchema({ kind: z.enum(['order', 'earlier']) });
export type FiwEntry = z.infer<typeof FiwEntry>;

/**
 * An order to stay off work ("Remain off work through 03/31") that continues an off-work status the
 * note states elsewhere ("has been off work since the fusion") is no improvement in work
 * restrictions: the restriction is kept, not eased. Alone, the order is the note's work status and
 * no evidence (annotators leave it unlabelled). Returns the added candidates only: none where the
 * note already has work-restriction evidence.
 */
export function createWorkOrderReader(lexiconDir?: string) {
  const entries = loadLexicon('functional-improvement-work-orders', withPlaceholders(FiwEntry), lexiconDir).entries;
  const orders = createMatcher(entries.filter((e) => e.kind === 'order'));
  const earlier = createMatcher(entries.filter((e) => e.kind === 'earlier'));

  return (ad: AnalyzedDocument, found: readonly Candidate[]): Candidate[] => {
    const said = found.some((c) => c.type === 'functional_improvement' && c.value.dimension === 'work_restrictions');
    if (said) return [];
    const order = orders.findAll(ad.text)[0];
    if (!order) return [];
    // The earlier status is said outside the order itself.
    const before = earlier.findAll(ad.text).some((e) => e.end <= order.start || e.start >= order.end);
    if (!before) return [];
    return [{ type: 'functional_improvement', value: { dimension: 'work_restrictions', direction: 'not_improved' }, start: order.start, end: order.end, ruleId: order.entry.id }];
  };
}
