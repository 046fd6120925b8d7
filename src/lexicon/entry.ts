import { z } from 'zod';

/**
 * Fields every lexicon entry has: a stable id (it reaches the output as a fact's `ruleId`), a
 * one-line worked example, and the surface forms it matches, as literals (matched on word
 * boundaries, case-insensitive, any whitespace between words) and/or regular-expression sources.
 */
export const baseEntry = {
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case dotted names'),
  example: z.string().min(1),
  literals: z.array(z.string().min(1)).default([]),
  patterns: z.array(z.string().min(1)).default([]),
};

/** Builds an entry schema from the base fields plus the lexicon's own. */
export function entrySchema<S extends z.ZodRawShape>(extra: S) {
  return z
    .object({ ...baseEntry, ...extra })
    .superRefine((entry, ctx) => {
      const e = entry as unknown as BaseEntry;
      if (e.literals.length + e.patterns.length === 0) ctx.addIssue({ code: 'custom', message: 'an entry needs literals or patterns' });
      for (const p of e.patterns) {
        try {
          new RegExp(p, 'iu');
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: `invalid pattern ${JSON.stringify(p)}: ${(err as Error).message}` });
        }
      }
    });
}

export type BaseEntry = { id: string; example: string; literals: string[]; patterns: string[] };
