/**
 * Every way a file can fail to load, worded for the coordinator who added it. Messages leave out
 * the file name (the caller puts it in front) and say what to do next.
 */
import { StyrdokError } from "../../errors";

const KB = 1024;
const MB = 1024 * KB;

/** "83 MB", "1.5 MB", "12 KB", "300 bytes": precise enough to compare with the limit. */
export function formatSize(bytes: number): string {
  if (bytes >= 10 * MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= KB) return `${Math.round(bytes / KB)} KB`;
  return `${bytes} bytes`;
}

export function tooLarge(bytes: number, maxBytes: number): StyrdokError {
  return new StyrdokError(
    "too-large",
    `too large (${formatSize(bytes)}; the limit is ${formatSize(maxBytes)}, set MAX_FILE_MB to change it)`,
  );
}

export function tooMuchText(chars: number, maxChars: number): StyrdokError {
  return new StyrdokError(
    "too-large",
    `too large: it holds ${formatCount(chars)} characters of text, more than the ${formatCount(maxChars)} styrdok reads from one file — split it into parts`,
  );
}

/** A DOCX whose parts unpack to far more than any real document: a zip bomb, or broken. */
export function unpacksTooLarge(bytes: number, maxBytes: number): StyrdokError {
  return new StyrdokError(
    "too-large",
    `too large: it would unpack to ${formatSize(bytes)}, more than the ${formatSize(maxBytes)} allowed for one document — the file may be damaged; export it again or split it`,
  );
}

function formatCount(n: number): string {
  return n >= 1_000_000 ? `${Math.round(n / 100_000) / 10} million` : n.toLocaleString("en");
}

export function unsupported(): StyrdokError {
  return new StyrdokError("unsupported-format", "not a supported format (use PDF, DOCX, TXT or Markdown)");
}

export function legacyWord(): StyrdokError {
  return new StyrdokError(
    "unsupported-format",
    "legacy Word 97–2003 .doc is not supported — save it as .docx or PDF and add it again",
  );
}

export function zipNotWord(): StyrdokError {
  return new StyrdokError(
    "unsupported-format",
    "a zip archive but not a Word document — not a supported format (use PDF, DOCX, TXT or Markdown)",
  );
}

export function encrypted(): StyrdokError {
  return new StyrdokError(
    "encrypted",
    "password-protected — remove the password (or export an unprotected copy) and add it again",
  );
}

export function scanned(): StyrdokError {
  return new StyrdokError("no-text", "no text layer — it looks scanned; run OCR (for example ocrmypdf) and add it again");
}

/** A PDF without text whose pages paint no pictures either: OCR would find nothing. */
export function blankPdf(): StyrdokError {
  return new StyrdokError("no-text", "has no text — its pages are blank or hold only drawings; add a version with the text in it");
}

export function emptyDocx(pictures: boolean): StyrdokError {
  return pictures
    ? new StyrdokError("no-text", "contains only pictures, no text — if they are scanned pages, run OCR (or add the text) and add it again")
    : new StyrdokError("no-text", "is empty — the document has no text; add a version with the text in it");
}

export function emptyText(): StyrdokError {
  return new StyrdokError("no-text", "is empty — add a file with text in it");
}

export function garbled(): StyrdokError {
  return new StyrdokError("garbled-text", "text looks garbled (custom font encoding) — check the PDF or export it again");
}

/** `reason` is one short line from the parser, e.g. "Invalid PDF structure". */
export function damaged(reason: string, cause?: unknown): StyrdokError {
  const short = shortReason(reason);
  return new StyrdokError(
    "corrupt-file",
    `could not be read — the file looks damaged${short ? ` (${short})` : ""}; save or export it again from the program that made it, then add it again`,
    { cause },
  );
}

export function timedOut(timeoutMs: number): StyrdokError {
  return new StyrdokError(
    "timeout",
    `reading it took longer than ${formatDuration(timeoutMs)} and was stopped — the file may be damaged or very complex; export it again or set PARSE_TIMEOUT_MS to allow more time`,
  );
}

export function outOfMemory(limitMb: number): StyrdokError {
  return new StyrdokError(
    "too-large",
    `needs more than ${limitMb} MB of memory to read and was stopped — the file may be damaged or very complex; export it again or split it`,
  );
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

const MAX_REASON = 120;

function shortReason(reason: string): string {
  const line = (reason.split("\n")[0] ?? "").trim().replace(/\.$/, "");
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}
