import { chromium } from 'playwright-core';
const [url, out, y = '0', h = '2000'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const p = await b.newPage({ viewport: { width: 1100, height: 1000 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto(url);
await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: 1100, height: Number(h) } });
await b.close();
