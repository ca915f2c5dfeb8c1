/**
 * One error type for everything styrdok reports to a person. `code` is stable and machine-readable;
 * `message` says what went wrong *and what to do about it*; `cause` keeps the original error for logs.
 */
export type ErrorCode =
  | "config"
  | "index-missing"
  | "index-incompatible"
  | "index-damaged"
  | "index-locked"
  | "unsupported-format"
  | "encrypted"
  | "no-text"
  | "garbled-text"
  | "too-large"
  | "corrupt-file"
  | "duplicate"
  | "timeout"
  | "bad-request"
  | "forbidden"
  | "rate-limited"
  | "llm"
  | "slack";

export class StyrdokError extends Error {
  override readonly name = "StyrdokError";
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isStyrdokError(error: unknown, code?: ErrorCode): error is StyrdokError {
  return error instanceof StyrdokError && (code === undefined || error.code === code);
}

/** A message fit for a user: ours verbatim, anything else reduced to one line without a stack. */
export function userMessage(error: unknown): string {
  if (error instanceof StyrdokError) return error.message;
  if (error instanceof Error) return error.message.split("\n")[0] ?? "Unknown error";
  return String(error);
}
