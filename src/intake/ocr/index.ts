export type { OcrEngine, OcrResult, RecognizeOptions } from './ocr-engine.ts';
export { ocrEmptyPages, type OcrOption, type PageText } from './ocr-empty-pages.ts';
export { ocrPages, renderPage } from './ocr-pages.ts';
export { inkShare } from './png-ink.ts';
export { createOcrEngine, OcrMode, ocrModeFromEnv } from './select-engine.ts';
export { createTesseractCliEngine, hasTesseractCli } from './tesseract-cli.ts';
export { createTesseractJsEngine } from './tesseract-js.ts';
export { parseTesseractTsv } from './tesseract-tsv.ts';
export { normaliseWhitespace, textSimilarity } from './text-similarity.ts';
