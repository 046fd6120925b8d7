import { z } from 'zod';
import { prescreenError } from '../../core/errors.ts';
import type { OcrEngine } from './ocr-engine.ts';
import { createTesseractCliEngine, hasTesseractCli } from './tesseract-cli.ts';
import { createTesseractJsEngine } from './tesseract-js.ts';

/**
 * `PRESCREEN_OCR`: `auto` (the default) uses the system `tesseract` when it is on PATH with
 * English data, else tesseract.js from npm; `off` leaves pages without a text layer empty.
 */
export const OcrMode = z.enum(['auto', 'tesseract-js', 'tesseract-cli', 'off']);
export type OcrMode = z.infer<typeof OcrMode>;

/** Reads `PRESCREEN_OCR`; unset or empty means `auto`. */
export function ocrModeFromEnv(env: NodeJS.ProcessEnv = process.env): OcrMode {
  const raw = env.PRESCREEN_OCR?.trim().toLowerCase();
  if (!raw) return 'auto';
  const parsed = OcrMode.safeParse(raw);
  if (!parsed.success) throw prescreenError('PRESCREEN_ERR_INVALID_CONFIG', `PRESCREEN_OCR: must be one of ${OcrMode.options.join(', ')}`);
  return parsed.data;
}

/**
 * Creates the engine a mode names; `null` for `off`. Asking for `tesseract-cli` on a machine
 * without it is a configuration error, while `auto` quietly falls back to tesseract.js.
 */
export async function createOcrEngine(mode: OcrMode = ocrModeFromEnv()): Promise<OcrEngine | null> {
  if (mode === 'off') return null;
  if (mode === 'tesseract-js') return createTesseractJsEngine();
  if (await hasTesseractCli()) return createTesseractCliEngine();
  if (mode === 'tesseract-cli') {
    throw prescreenError('PRESCREEN_ERR_INVALID_CONFIG', 'PRESCREEN_OCR=tesseract-cli but no `tesseract` with English data is on PATH');
  }
  return createTesseractJsEngine();
}
