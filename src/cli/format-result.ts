import type { CaseResult } from '../core/case-result.ts';
import type { SourceDocument } from '../core/document.ts';
import { toFhirBundle } from '../report/fhir/to-fhir-bundle.ts';
import { renderHtml } from '../report/html/render-html.ts';
import { renderMarkdown } from '../report/markdown.ts';

export const OUTPUT_FORMATS = ['md', 'json', 'html', 'fhir'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** File extension for each format, for batch output (`<case>.<ext>`). */
export const FORMAT_EXTENSIONS: Record<OutputFormat, string> = { md: 'md', json: 'json', html: 'html', fhir: 'fhir.json' };


/**
 * The printed form of a result, shared by `screen` and `submit` so both print the same. The HTML
 * report shows the documents in full when they are given (in-process screening has them; a
 * result from the queue does not, and its report shows each quote in its sentence).
 */
export async function formatResult(result: CaseResult, format: OutputFormat, documents?: SourceDocument[]): Promise<string> {
  switch (format) {
    case 'json': return `${JSON.stringify(result, null, 2)}\n`;
    case 'html': return renderHtml(result, documents);
    case 'fhir': return `${JSON.stringify(toFhirBundle(result), null, 2)}\n`;
    case 'md': return renderMarkdown(result);
  }
}
