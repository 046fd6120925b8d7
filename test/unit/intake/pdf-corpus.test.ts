/**
 * PDF intake on the DWC IMR letters of ../shared: text close to the reference txt/ and right page
 * numbers. Skipped, with a visible message, where the shared corpora are absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPdfCorpus } from '../../../scripts/pdf-check.ts';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpora/dwc-imr', import.meta.url));
const present = existsSync(`${CORPUS}/pdf`) && existsSync(`${CORPUS}/txt`);
if (!present) console.warn(`pdf-corpus: ${CORPUS} not found; PDF corpus check skipped`);

describe.runIf(present)('PDF intake on the dwc-imr letters', () => {
  it('matches txt/ (mean similarity >= 0.99) and puts every probe line and fact on its page', async () => {
    const r = await checkPdfCorpus(CORPUS);
    console.log(`pdf-corpus: ${r.rows.length} PDFs, mean ${r.mean.toFixed(5)}, worst ${r.worst?.similarity.toFixed(5)} (${r.worst?.file})`);
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.mean).toBeGreaterThanOrEqual(0.99);
    expect(r.rows.reduce((s, x) => s + x.probes, 0)).toBeGreaterThan(r.rows.length);
    expect(r.misplaced).toBe(0);
    expect(r.rows.reduce((s, x) => s + x.facts, 0)).toBeGreaterThan(0);
    expect(r.wrongFactPages).toBe(0);
  }, 300_000);
});
