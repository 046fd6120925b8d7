/**
 * One registry of coded errors (fastify style). Every code is documented in `docs/errors.md`;
 * a test keeps the two in step. Errors whose input can never succeed are `retryable: false`,
 * and the queue turns them into BullMQ `UnrecoverableError`s.
 */
export const ERROR_CODES = {
  PRESCREEN_ERR_FILE_NOT_FOUND: { retryable: false, summary: 'The input file does not exist' },
  PRESCREEN_ERR_EMPTY_INPUT: { retryable: false, summary: 'The input file is empty or has no text' },
  PRESCREEN_ERR_UNREADABLE: { retryable: false, summary: 'The input file cannot be read or parsed' },
  PRESCREEN_ERR_ENCRYPTED_PDF: { retryable: false, summary: 'The PDF is encrypted or password-protected' },
  PRESCREEN_ERR_NOT_A_PDF: { retryable: false, summary: 'The file has a .pdf name but is not a PDF' },
  PRESCREEN_ERR_TOO_LARGE: { retryable: false, summary: 'The input is larger than the configured limit' },
  PRESCREEN_ERR_OCR_FAILED: { retryable: true, summary: 'OCR of a page without a text layer failed' },
  PRESCREEN_ERR_UNSUPPORTED_TYPE: { retryable: false, summary: 'The file type is not one intake reads' },
  PRESCREEN_ERR_INVALID_CASE_JSON: { retryable: false, summary: 'The case JSON does not match the case schema' },
  PRESCREEN_ERR_INVALID_REQUEST: { retryable: false, summary: 'A requested treatment cannot be parsed' },
  PRESCREEN_ERR_INVALID_LEXICON: { retryable: false, summary: 'A lexicon file fails its schema' },
  PRESCREEN_ERR_INVALID_RULE_PACK: { retryable: false, summary: 'A rule pack fails its schema' },
  PRESCREEN_ERR_INVALID_MODEL: { retryable: false, summary: 'A learned model file fails its schema' },
  PRESCREEN_ERR_INVALID_PIPELINE: { retryable: false, summary: 'A pipeline definition fails its schema or names an unknown stage' },
  PRESCREEN_ERR_QUEUE_UNAVAILABLE: { retryable: true, summary: 'Redis cannot be reached' },
  PRESCREEN_ERR_JOB_FAILED: { retryable: false, summary: 'A queued screening failed' },
  PRESCREEN_ERR_JOB_TIMEOUT: { retryable: true, summary: 'A queued screening did not finish within the wait limit' },
  PRESCREEN_ERR_INVALID_CONFIG: { retryable: false, summary: 'An environment setting is invalid' },
  PRESCREEN_ERR_UNAUTHORIZED: { retryable: false, summary: 'An API call has no bearer token' },
  PRESCREEN_ERR_FORBIDDEN: { retryable: false, summary: 'An API call has a bearer token that is not accepted' },
  PRESCREEN_ERR_INVALID_UPLOAD: { retryable: false, summary: 'A case upload is malformed' },
  PRESCREEN_ERR_CASE_NOT_FOUND: { retryable: false, summary: 'No case has the given id' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The one error class of the project: a code, the file it concerns, and whether a retry can help. */
export class PrescreenError extends Error {
  readonly code: ErrorCode;
  readonly file: string | null;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: { file?: string | null; cause?: unknown } = {}) {
    const file = options.file ?? null;
    super(file ? `${code}: ${file}: ${message}` : `${code}: ${message}`, { cause: options.cause });
    this.name = 'PrescreenError';
    this.code = code;
    this.file = file;
    this.retryable = ERROR_CODES[code].retryable;
  }
}

/** Shorthand factory, so call sites read `prescreenError('PRESCREEN_ERR_EMPTY_INPUT', ...)`. */
export function prescreenError(code: ErrorCode, message: string, options?: { file?: string | null; cause?: unknown }): PrescreenError {
  return new PrescreenError(code, message, options);
}

export function isPrescreenError(e: unknown): e is PrescreenError {
  return e instanceof PrescreenError;
}
