import { z } from 'zod';
import { NUMBER_SOURCE } from '../text/numbers.ts';
import { DATE_SOURCE } from '../text/dates.ts';

/**
 * Placeholders lexicon patterns may use for grammar that is code, not vocabulary: `{NUM}` a count
 * in digits or words, `{DATE}` a full calendar date. They are expanded before the entry schema
 * validates the pattern, so a lexicon stays readable and the grammar is written once.
 */
export const PLACEHOLDERS: Record<string, string> = {
  NUM: NUMBER_SOURCE,
  DATE: DATE_SOURCE,
};

/** Replaces `{NAME}` placeholders in a regular-expression source. */
export function expandPlaceholders(source: string): string {
  return source.replace(/\{([A-Z]+)\}/g, (whole, name: string) => (name in PLACEHOLDERS ? `(?:${PLACEHOLDERS[name]})` : whole));
}

/** Wraps an entry schema so that its `patterns` are expanded before validation. */
export function withPlaceholders<S extends z.ZodType>(schema: S) {
  return z.preprocess((raw) => {
    if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { patterns?: unknown }).patterns)) return raw;
    const entry = raw as { patterns: unknown[] };
    return { ...entry, patterns: entry.patterns.map((p) => (typeof p === 'string' ? expandPlaceholders(p) : p)) };
  }, schema);
}
