import type { MessageTemplate } from './rule-pack-schema.ts';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: MessageTemplate): string[] {
  const texts = typeof template === 'string' ? [template] : Object.values(template);
  const names = texts.flatMap((t) => [...t.matchAll(PLACEHOLDER)].map((m) => m[1]));
  return [...new Set(names)];
}

/** Picks the template for a failing status: a pack may word "not met" and "not documented" apart. */
export function templateFor(template: MessageTemplate, status: 'not_met' | 'not_documented'): string {
  return typeof template === 'string' ? template : template[status];
}

/**
 * Fills `{name}` placeholders. The loader has checked every name against what the predicate and
 * the situation provide, so a missing value is a bug; it is left visible rather than blanked.
 */
export function renderMessage(template: string, vars: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
