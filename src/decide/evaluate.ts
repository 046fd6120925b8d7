import type { ItemScreening } from '../core/decision.ts';
import type { Fact } from '../core/fact.ts';
import type { RequestedItem } from '../core/request.ts';

export interface DeciderOptions {
  /** Rule pack files, relative to `pipelines/` or absolute. */
  packs: string[];
}

/** STUB: replaced by the real decision stage. */
export function createDecider(_options: DeciderOptions) {
  return function decide(items: RequestedItem[], _facts: Fact[]): ItemScreening[] {
    return items.map((item) => ({ item, packId: null, criteria: [], gaps: [], outcome: 'not_supported', decision: 'Upheld', reasons: [] }));
  };
}
export type Decider = ReturnType<typeof createDecider>;
