import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
const img = await loadImage(readFileSync('/work/main/.tmp-ocr/p1.png'));
const c = createCanvas(900, 260); const ctx = c.getContext('2d');
ctx.fillStyle = 'white'; ctx.fillRect(0, 0, 900, 260);
ctx.drawImage(img, 290, 1900, 900, 260, 0, 0, 900, 260);
writeFileSync('/work/main/.tmp-ocr/crop.png', c.toBuffer('image/png'));
