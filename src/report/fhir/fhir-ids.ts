import { createHash } from 'node:crypto';

/**
 * A deterministic UUID (name-based, SHA-1, RFC 4122 version 5 layout) for a resource of a case, so
 * exporting the same result twice gives the same bundle and references stay stable.
 */
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** Base of the project's extension URLs (example.org: a documentation domain, never fetched). */
export const EXTENSION_BASE = 'http://prescreen.example.org/fhir/StructureDefinition';

export const UCUM = 'http://unitsofmeasure.org';
