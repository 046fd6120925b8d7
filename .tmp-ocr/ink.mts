import { readFileSync } from 'node:fs';
import { inkShare } from '/work/main/src/intake/ocr/png-ink.ts';
for (const f of ['p1.png', 'blank.png']) { const t = performance.now(); console.log(f, inkShare(readFileSync('/work/main/.tmp-ocr/' + f)), (performance.now() - t).toFixed(0), 'ms'); }
