// STUB: replaced by the intake helper.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CaseInput } from '../core/case-input.ts';
import type { CaseSpec } from '../core/case-spec.ts';
import { createDocument } from '../core/document.ts';

export async function buildCaseInput(spec: CaseSpec): Promise<CaseInput> {
  const documents = [];
  for (const f of spec.files) documents.push(createDocument({ id: `doc-${documents.length + 1}`, source: basename(f), kind: 'text', pages: [{ text: await readFile(f, 'utf8') }] }));
  return { caseId: spec.caseId ?? basename(spec.files[0]).replace(/\.[^.]+$/, ''), documents, requests: spec.requests };
}
