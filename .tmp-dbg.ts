import { launchBrowser } from './test/browser/browser.ts';
const b = await launchBrowser();
const p = await b.newPage({ viewport: { width: 1100, height: 900 } });
await p.goto('file:///tmp/acu.html');
const hrefs = await p.$$eval('a.quote-link', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
for (const h of hrefs.slice(0, 6)) {
  const loc = p.locator(`a.quote-link[href="${h}"]`).first();
  console.log(h, await loc.evaluate((a) => a.outerHTML.slice(0, 120)));
  await loc.scrollIntoViewIfNeeded();
  const box = await loc.evaluate((a) => { const r = a.getClientRects()[0]; return { x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2 }; });
  const hit = await p.evaluate(({x,y}) => document.elementFromPoint(x,y)?.outerHTML.slice(0,80), box);
  console.log(' box', box, hit);
  await p.mouse.click(box.x, box.y);
  console.log(' ->', await p.evaluate(() => location.hash), p.url());
}
await b.close();
