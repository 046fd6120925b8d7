/**
 * `npm run bench` (3/3): PDF intake. Pages per second of the project's PDF intake (pdf-parse, text
 * layer, OCR off) on the letter PDFs, as a ratio to `pdftotext` (poppler-utils) on the same files
 * when it is installed; then the peak RSS of a fresh process parsing one 1,000-page PDF.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractPdfPages } from '../src/intake/pdf.ts';
import { PROJECT_ROOT } from '../src/lexicon/load.ts';
import { makePdf } from '../test/fixtures/intake/make-pdf.ts';

if (process.argv[2] === '--one') {
  // Child mode: parse one file and report this process's peak RSS.
  const pages = await extractPdfPages(readFileSync(process.argv[3]), 'big.pdf');
  console.log(JSON.stringify({ pages: pages.length, maxRss: process.resourceUsage().maxRSS * 1024 }));
  process.exit(0);
}

const dir = join(PROJECT_ROOT, '..', 'shared', 'corpora', 'dwc-imr', 'pdf');
const tmp = mkdtempSync(join(tmpdir(), 'prescreen-pdf-bench-'));
if (existsSync(dir)) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
  const bytes = files.map((f) => readFileSync(f));
  await extractPdfPages(bytes[0], 'warm.pdf');
  let pages = 0;
  let t0 = performance.now();
  for (const [i, b] of bytes.entries()) pages += (await extractPdfPages(b, files[i])).length;
  const ours = pages / ((performance.now() - t0) / 1000);
  let line = `pdf intake: ${files.length} PDFs, ${pages} pages: ${ours.toFixed(0)} pages/s`;
  if (spawnSync('pdftotext', ['-v']).status === 0) {
    t0 = performance.now();
    for (const f of files) execFileSync('pdftotext', ['-layout', f, join(tmp, 'out.txt')]);
    const poppler = pages / ((performance.now() - t0) / 1000);
    line += `; pdftotext ${poppler.toFixed(0)} pages/s (process per file); ratio ${(ours / poppler).toFixed(2)}`;
  } else {
    line += '; pdftotext not installed (apt-get install poppler-utils) so no ratio';
  }
  console.log(line);
} else {
  console.log('pdf intake: ../shared/corpora/dwc-imr/pdf absent; skipping pages/s');
}

const big = join(tmp, 'big.pdf');
writeFileSync(big, makePdf(Array.from({ length: 1_000 }, (_, i) => [`Page ${i + 1} of a long record.`, 'The worker reports pain in the lower back at 6/10.'])));
const out = execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--one', big], { encoding: 'utf8' });
const { pages, maxRss } = JSON.parse(out.trim().split('\n').pop()!) as { pages: number; maxRss: number };
console.log(`one ${pages}-page PDF: peak RSS ${(maxRss / 2 ** 20).toFixed(0)} MB (fresh process, text layer)`);
rmSync(tmp, { recursive: true, force: true });
