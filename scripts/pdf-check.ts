/**
 * `npx tsx scripts/pdf-check.ts [dir]`: checks PDF intake on a corpus with `pdf/` and `txt/`
 * (default ../shared/corpora/dwc-imr). For each PDF it reports the character-level similarity of
 * `readDocument`'s text to the reference text, and checks page attribution: lines of each page,
 * extracted on their own, must map back through `pageAt` to that page, and every fact the pipeline
 * finds must lie on the page its span names. Prints file names and numbers only, never text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { pageAt, type SourceDocument } from '../src/core/document.ts';
import { readDocument } from '../src/intake/index.ts';
import { textSimilarity } from '../src/intake/ocr/text-similarity.ts';
import { createPipeline, type Pipeline } from '../src/pipeline/create-pipeline.ts';

/** Lines shorter than this are too common ("Page 2", dates) to pin a page. */
const MIN_PROBE = 24;
const PROBES_PER_PAGE = 6;

export interface PdfCheckRow { file: string; similarity: number; probes: number; misplaced: number; facts: number; wrongFactPages: number }
export interface PdfCheckReport { rows: PdfCheckRow[]; mean: number; worst: PdfCheckRow | null; misplaced: number; wrongFactPages: number }

/** Each page's text extracted on its own, independently of how intake joins pages. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const { total } = await parser.getInfo();
    const out: string[] = [];
    for (let n = 1; n <= total; n++) out.push((await parser.getText({ partial: [n] })).pages[0]?.text ?? '');
    return out;
  } finally {
    await parser.destroy();
  }
}

/** Probes per page: distinctive lines (occurring once in the document), spread over the page. */
function probeMisplacements(doc: SourceDocument, pages: string[]): { probes: number; misplaced: number } {
  let probes = 0;
  let misplaced = 0;
  pages.forEach((text, i) => {
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length >= MIN_PROBE);
    const unique = lines.filter((l) => doc.text.indexOf(l) === doc.text.lastIndexOf(l) && doc.text.includes(l));
    const step = Math.max(1, Math.floor(unique.length / PROBES_PER_PAGE));
    for (let k = 0; k < unique.length; k += step) {
      probes++;
      if (pageAt(doc, doc.text.indexOf(unique[k])).number !== i + 1) misplaced++;
    }
  });
  return { probes, misplaced };
}

/** Checks one corpus directory; `pipeline` is built once by the caller and reused. */
export async function checkPdfCorpus(dir: string, pipeline: Pipeline = createPipeline()): Promise<PdfCheckReport> {
  const rows: PdfCheckRow[] = [];
  for (const name of readdirSync(join(dir, 'pdf')).filter((f) => f.endsWith('.pdf')).sort()) {
    const file = join(dir, 'pdf', name);
    const doc = await readDocument(file);
    const reference = readFileSync(join(dir, 'txt', name.replace(/\.pdf$/u, '.txt')), 'utf8');
    const pages = await pageTexts(readFileSync(file));
    const facts = pipeline.run({ caseId: name, documents: [doc], requests: [] }).facts;
    // A fact is on the right page when it starts within that page's range and its text (up to a
    // page break: a sentence may run on to the next page) is in that page's own extraction.
    const wrongFactPages = facts.filter((f) => {
      const page = doc.pages[f.span.page - 1];
      return !page || f.span.start < page.start || f.span.start >= page.end || !pages[f.span.page - 1].includes(f.text.split('\f')[0]);
    }).length;
    rows.push({ file: name, similarity: textSimilarity(doc.text, reference), ...probeMisplacements(doc, pages), facts: facts.length, wrongFactPages });
  }
  const worst = rows.reduce<PdfCheckRow | null>((w, r) => (w === null || r.similarity < w.similarity ? r : w), null);
  return {
    rows,
    mean: rows.reduce((s, r) => s + r.similarity, 0) / Math.max(1, rows.length),
    worst,
    misplaced: rows.reduce((s, r) => s + r.misplaced, 0),
    wrongFactPages: rows.reduce((s, r) => s + r.wrongFactPages, 0),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = resolve(process.argv[2] ?? '../shared/corpora/dwc-imr');
  const started = performance.now();
  const r = await checkPdfCorpus(dir);
  const probes = r.rows.reduce((s, x) => s + x.probes, 0);
  const facts = r.rows.reduce((s, x) => s + x.facts, 0);
  console.log(`PDFs: ${r.rows.length} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`similarity to txt/: mean ${r.mean.toFixed(5)}, worst ${r.worst?.similarity.toFixed(5)} (${r.worst?.file})`);
  console.log(`page probes: ${probes}, misplaced ${r.misplaced}; facts: ${facts}, on a wrong page ${r.wrongFactPages}`);
  if (r.mean < 0.99 || r.misplaced > 0 || r.wrongFactPages > 0) process.exitCode = 1;
}
