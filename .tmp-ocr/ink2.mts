import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
const img = await loadImage(readFileSync('/work/main/.tmp-ocr/p1.png'));
const c = createCanvas(img.width, img.height); const ctx = c.getContext('2d');
ctx.fillStyle = 'white'; ctx.fillRect(0, 0, img.width, img.height); ctx.drawImage(img, 0, 0);
const d = ctx.getImageData(0, 0, img.width, img.height).data; let dark = 0;
for (let i = 0; i < d.length; i += 4) if ((d[i] * 299 + d[i + 1] * 587 + d[i + 2] * 114) / 1000 < 128) dark++;
console.log(dark / (img.width * img.height));
