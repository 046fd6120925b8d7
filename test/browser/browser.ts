import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it when missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/**
 * Headless Chromium as root on a machine with no network: no sandbox, and no background
 * networking (update checks, sync, QUIC), which would otherwise fail noisily at every start.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** What went wrong in a page: console errors, uncaught exceptions, and any request other than file:// ones. */
export function watchPage(page: Page): { errors: string[]; requests: string[] } {
  const seen = { errors: [] as string[], requests: [] as string[] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) seen.requests.push(r.url());
  });
  return seen;
}

/**
 * Clicks every quote link on the page and, for each, checks that the page scrolled to its target
 * and that the target is a highlighted span (`:target` styling applied). Returns the failures.
 */
export async function checkQuoteLinks(page: Page): Promise<{ checked: number; failures: string[] }> {
  const hrefs = await page.$$eval('a.quote-link', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  const failures: string[] = [];
  for (const href of hrefs) {
    // Click the middle of the link's widest line, as a person would: a quote that wraps has a
    // bounding box whose centre can fall outside the link, and a first line that may be one glyph.
    const link = page.locator(`a.quote-link[href="${href}"]`).first();
    await link.scrollIntoViewIfNeeded();
    const box = await link.evaluate((a) => {
      const r = [...a.getClientRects()].sort((x, y) => y.width - x.width)[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const state = await page.evaluate((id) => {
      const el = document.getElementById(id);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        tag: el.tagName, target: el.matches(':target'), background: getComputedStyle(el).backgroundColor,
        visible: r.bottom > 0 && r.top < window.innerHeight, hash: location.hash,
      };
    }, href.slice(1));
    if (!state) failures.push(`${href}: no target`);
    else if (state.tag !== 'MARK' || !state.target || !state.visible || state.background !== 'rgb(255, 213, 74)') failures.push(`${href}: ${JSON.stringify(state)}`);
  }
  return { checked: hrefs.length, failures };
}
