import { readFileSync } from 'node:fs';
import { createTesseractJsEngine } from '/work/main/src/intake/ocr/index.ts';
const png = readFileSync('/work/main/.tmp-ocr/p1.png');
const e = createTesseractJsEngine();
await e.recognize(png, { dpi: 300 });
for (let i = 0; i < 3; i++) { const t = performance.now(); const c = process.cpuUsage(); await e.recognize(png, { dpi: 300 }); const u = process.cpuUsage(c); console.log('js cpu', ((u.user + u.system) / 1e6).toFixed(2), 'wall', ((performance.now() - t) / 1000).toFixed(2)); }
await e.close();
