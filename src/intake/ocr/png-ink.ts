import { inflateSync } from 'node:zlib';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
/** Grey below this counts as ink; light enough to catch anti-aliased text rendered at 72 DPI. */
const DARK = 160;

/** Undoes PNG row filters in place (RFC 2083 section 6); `bpp` is bytes per pixel. */
function unfilter(raw: Buffer, height: number, stride: number, bpp: number): Buffer {
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const type = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[up + x] : 0;
      const c = x >= bpp && y > 0 ? out[up + x - bpp] : 0;
      let pred = 0;
      if (type === 1) pred = a;
      else if (type === 2) pred = b;
      else if (type === 3) pred = (a + b) >> 1;
      else if (type === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[row + x] = (raw[src + x] + pred) & 0xff;
    }
  }
  return out;
}

/**
 * Share of dark pixels (grey below 160 over a white background) in a PNG of 8-bit grey, grey +
 * alpha, RGB or RGBA, as the page renderer writes them. Used to skip OCR of blank pages (a
 * tesseract run costs about a second even on an empty page). Returns 1 for PNG variants it does
 * not decode (palette, 16-bit, interlaced), so such pages are OCR'd rather than skipped.
 */
export function inkShare(png: Buffer): number {
  if (png.length < 33 || png.readUInt32BE(12) !== 0x49484452) return 1; // IHDR must come first
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colour, , , interlace] = png.subarray(24, 29);
  const channels = CHANNELS[colour];
  if (depth !== 8 || !channels || interlace !== 0 || width === 0 || height === 0) return 1;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const stride = width * channels;
  const px = unfilter(inflateSync(Buffer.concat(idat)), height, stride, channels);
  let dark = 0;
  for (let i = 0; i < px.length; i += channels) {
    const grey = channels >= 3 ? (px[i] * 299 + px[i + 1] * 587 + px[i + 2] * 114) / 1000 : px[i];
    const alpha = channels === 2 || channels === 4 ? px[i + channels - 1] / 255 : 1;
    if (grey * alpha + 255 * (1 - alpha) < DARK) dark++;
  }
  return dark / (width * height);
}
