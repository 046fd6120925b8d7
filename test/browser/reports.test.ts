import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/run-audit.ts';
import { buildCaseInput } from '../../src/intake/index.ts';
import { PROJECT_ROOT } from '../../src/lexicon/load.ts';
import { createPipeline } from '../../src/pipeline/create-pipeline.ts';
import { renderHtml } from '../../src/report/html/render-html.ts';
import { checkQuoteLinks, hasChromium, launchBrowser, watchPage } from './browser.ts';

/**
 * The reviewer report and the audit as a person sees them, in headless Chromium: no console
 * errors and no network requests, every quote link lands on a highlighted span, the print
 * stylesheet applies, and a screenshot of each page is saved to test-artifacts/.
 */
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
if (!hasChromium) console.warn('browser tests SKIPPED: /usr/bin/chromium is absent (apt-get install chromium; .ci/run installs it)');

describe.skipIf(!hasChromium)('reports in a browser', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'prescreen-browser-'));
  const pipeline = createPipeline();
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reviewer report: quote links, print stylesheet, screenshot', async () => {
    const input = await buildCaseInput({ files: [join(PROJECT_ROOT, 'corpora/samples/acupuncture-progress-note.txt')], requests: ['6 additional acupuncture sessions'] });
    const file = join(dir, 'report.html');
    writeFileSync(file, await renderHtml(pipeline.run(input), input.documents));
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const seen = watchPage(page);
    await page.goto(pathToFileURL(file).href);
    const links = await checkQuoteLinks(page);
    expect(links.checked).toBeGreaterThanOrEqual(5);
    expect(links.failures).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'reviewer-report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      toc: getComputedStyle(document.querySelector('nav.toc')!).display,
      note: getComputedStyle(document.querySelector('.print-only')!).display,
      docBreak: getComputedStyle(document.querySelector('section.document-view')!).breakBefore,
    }));
    expect(print).toEqual({ toc: 'none', note: 'block', docBreak: 'page' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(seen).toEqual({ errors: [], requests: [] });
    await page.close();
  });

  it('audit: charts, links to case reports, print stylesheet, screenshot', async () => {
    const cases = join(dir, 'corpus', 'cases');
    mkdirSync(cases, { recursive: true });
    const notes = ['acupuncture-progress-note.txt', 'physical-therapy-progress-note.txt'];
    notes.forEach((n, i) => writeFileSync(join(cases, `S-${i + 1}.json`), JSON.stringify({
      case_number: `S-${i + 1}`, header: { ur_denial_date: `1${i}/15/2016` },
      summary: readFileSync(join(PROJECT_ROOT, 'corpora/samples', n), 'utf8'),
      items: [{ item_index: 1, requested_treatment: i ? '12 physical therapy visits' : '6 additional acupuncture sessions' }],
    })));
    const out = join(dir, 'audit');
    await runAudit({ input: join(dir, 'corpus'), out, pipeline });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const seen = watchPage(page);
    await page.goto(pathToFileURL(join(out, 'audit.html')).href);
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(ARTIFACTS, 'audit.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('nav.toc')!).display)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    await page.locator('table.ranked a').first().click();
    await page.waitForURL(/\/cases\/S-\d\.html$/);
    expect(await page.locator('h1').textContent()).toMatch(/Pre-screening report: S-\d/);
    expect((await checkQuoteLinks(page)).failures).toEqual([]);
    expect(seen).toEqual({ errors: [], requests: [] });
    await page.close();
  });
});
