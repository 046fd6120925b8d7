import { basename } from 'node:path';
import { z } from 'zod';
import type { CaseInput } from '../core/case-input.ts';
import { createDocument } from '../core/document.ts';
import { prescreenError } from '../core/errors.ts';
import { type ReadOptions, readFileBytes } from './file-bytes.ts';
import { decodeText } from './plain-text.ts';

const visible = z.string().regex(/\S/u, 'must not be blank');
// Header values become document metadata (strings or null); numbers are accepted and stringified.
const headerValue = z.union([z.string(), z.number(), z.null()]).transform((v) => (v === null ? null : String(v)));

/** The case layout of spec/evaluation.md; unknown header fields are kept, unknown top-level ones ignored. */
export const CaseJson = z.object({
  case_number: z.union([visible, z.number()]).transform(String),
  header: z
    .object({
      date_of_injury: headerValue.default(null),
      date_assigned: headerValue.default(null),
      ur_denial_date: headerValue.default(null),
      decision_date: headerValue.default(null),
    })
    .catchall(headerValue)
    .default({ date_of_injury: null, date_assigned: null, ur_denial_date: null, decision_date: null }),
  summary: z.string(),
  items: z
    .array(z.object({ item_index: z.number().int(), requested_treatment: visible }))
    .default([])
    .refine((items) => new Set(items.map((i) => i.item_index)).size === items.length, 'item_index values must be unique'),
});
export type CaseJson = z.infer<typeof CaseJson>;

/** Formats zod issues as `path: message`; zod messages name expected types, not the input values. */
function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = error.issues.length > 5 ? `; and ${error.issues.length - 5} more` : '';
  return shown.join('; ') + more;
}

/**
 * Validates parsed case JSON and turns it into a case: one `case-json` document whose text is the
 * summary and whose metadata is the header, plus the requested treatments in item_index order.
 */
export function createCaseFromJson(raw: unknown, file: string, id = 'doc-1'): CaseInput {
  const parsed = CaseJson.safeParse(raw);
  if (!parsed.success) throw prescreenError('PRESCREEN_ERR_INVALID_CASE_JSON', describeIssues(parsed.error), { file });
  const c = parsed.data;
  if (!/\S/u.test(c.summary)) throw prescreenError('PRESCREEN_ERR_EMPTY_INPUT', 'case JSON summary is empty', { file });
  const document = createDocument({ id, source: basename(file), kind: 'case-json', pages: [{ text: c.summary }], metadata: c.header });
  const requests = [...c.items].sort((a, b) => a.item_index - b.item_index).map((i) => i.requested_treatment);
  return { caseId: c.case_number, documents: [document], requests };
}

/** Parses the bytes of a case JSON file (layout of spec/evaluation.md) into a case. */
export function parseCaseJson(bytes: Uint8Array, file: string, id = 'doc-1'): CaseInput {
  const text = decodeText(bytes, file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // JSON.parse messages quote the input around the error: PHI, so neither message nor cause is kept.
    throw prescreenError('PRESCREEN_ERR_INVALID_CASE_JSON', 'file is not valid JSON', { file });
  }
  return createCaseFromJson(raw, file, id);
}

/** Reads a case JSON file into a case. */
export async function readCaseJson(file: string, options: ReadOptions = {}): Promise<CaseInput> {
  return parseCaseJson(await readFileBytes(file, options.maxBytes), file, options.id);
}
