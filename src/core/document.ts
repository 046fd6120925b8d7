import { z } from 'zod';

/** One page of a document: its range in the document's text, and the OCR confidence when OCR made it. */
export const Page = z.object({
  number: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  ocrConfidence: z.number().min(0).max(1).nullable().default(null),
});
export type Page = z.infer<typeof Page>;

export const DocumentKind = z.enum(['text', 'markdown', 'pdf', 'case-json']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * A source document as intake read it. `text` is the original text with pages joined by a form
 * feed; every offset in the project points into it.
 */
export const SourceDocument = z.object({
  id: z.string(),
  source: z.string(),
  kind: DocumentKind,
  text: z.string(),
  pages: z.array(Page).min(1),
  metadata: z.record(z.string(), z.string().nullable()).default({}),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** Separator intake puts between pages; the normaliser treats it as a line break. */
export const PAGE_SEPARATOR = '\f';

/** Builds a document from page texts, computing each page's range. */
export function createDocument(
  init: Omit<SourceDocument, 'text' | 'pages' | 'metadata'> & {
    pages: { text: string; ocrConfidence?: number | null }[];
    metadata?: Record<string, string | null>;
  },
): SourceDocument {
  const pages: Page[] = [];
  let text = '';
  init.pages.forEach((p, i) => {
    if (i > 0) text += PAGE_SEPARATOR;
    pages.push({ number: i + 1, start: text.length, end: text.length + p.text.length, ocrConfidence: p.ocrConfidence ?? null });
    text += p.text;
  });
  return { id: init.id, source: init.source, kind: init.kind, text, pages, metadata: init.metadata ?? {} };
}

/** The page (1-based) holding an offset of the document's text. */
export function pageAt(doc: Pick<SourceDocument, 'pages'>, offset: number): Page {
  let lo = 0;
  let hi = doc.pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.pages[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return doc.pages[lo];
}
