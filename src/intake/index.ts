export { buildCaseInput } from './build-case-input.ts';
export { CaseJson, createCaseFromJson, parseCaseJson, readCaseJson } from './case-json.ts';
export { detectKind, hasPdfMagic, kindFromName } from './detect.ts';
export { DEFAULT_MAX_BYTES, type ReadOptions, readFileBytes } from './file-bytes.ts';
export { createOcrEngine, type OcrEngine, type OcrOption, ocrModeFromEnv } from './ocr/index.ts';
export { createPdfDocument, extractPdfPages, type PdfOptions } from './pdf.ts';
export { createTextDocument, decodeText } from './plain-text.ts';
export { type ReadInput, readDocument, readInput } from './read-document.ts';
