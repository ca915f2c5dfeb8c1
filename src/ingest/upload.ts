/**
 * Adding a document that arrived as bytes (a Slack upload): checked before anything is written,
 * written atomically into the corpus under a safe name, then ingested. If ingesting it fails, the
 * corpus is put back exactly as it was: a failed upload changes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Limits } from "../config";
import { StyrdokError } from "../errors";
import { sync, writeDurable } from "../index/store";
import { loadBuffer, SUPPORTED_EXTENSIONS } from "./loaders";

/**
 * A file name safe to create in the corpus: the last path segment only, no leading dots, only
 * letters (å ä ö included), digits, dot, dash and underscore, a supported extension, bounded length.
 */
export function safeFileName(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const extension = path.extname(base).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(extension)) {
    throw new StyrdokError("unsupported-format", `${base || "the file"} is not a supported format: use PDF, DOCX, TXT or Markdown.`);
  }
  const stem = base
    .slice(0, base.length - extension.length)
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, 120);
  return `${stem || "dokument"}${extension}`;
}

export interface StagedUpload {
  /** Absolute path the document now has in the corpus. */
  file: string;
  replaced: boolean;
  /** Puts the corpus back as it was before the upload. */
  rollback(): void;
}

/** Validates the bytes by parsing them, then writes them into the corpus (temp file + rename). */
export async function stageUpload(corpusDir: string, name: string, bytes: Buffer, limits: Limits): Promise<StagedUpload> {
  const fileName = safeFileName(name);
  await loadBuffer(bytes, fileName, { maxBytes: limits.maxFileBytes, timeoutMs: limits.parseTimeoutMs });
  mkdirSync(corpusDir, { recursive: true });
  const file = path.join(corpusDir, fileName);
  if (path.dirname(file) !== path.resolve(corpusDir)) throw new StyrdokError("bad-request", "That file name cannot be used.");
  const previous = existsSync(file) ? readFileSync(file) : null;
  removeLeftovers(corpusDir);
  const temp = path.join(corpusDir, `${TEMP_PREFIX}${process.pid}-${Date.now()}-${fileName}`);
  replaceDurably(temp, file, bytes);
  return {
    file,
    replaced: previous !== null,
    rollback() {
      if (previous === null) rmSync(file, { force: true });
      else replaceDurably(temp, file, previous);
    },
  };
}

const TEMP_PREFIX = ".upload-";
/** A temporary file this old belongs to an upload that was killed before it could rename it. */
const LEFTOVER_AGE_MS = 60 * 60_000;

function removeLeftovers(corpusDir: string): void {
  for (const name of readdirSync(corpusDir)) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const file = path.join(corpusDir, name);
    if (Date.now() - statSync(file).mtimeMs > LEFTOVER_AGE_MS) rmSync(file, { force: true });
  }
}

/**
 * Writes `bytes` to `temp`, flushes it to disk, and renames it over `file`: a crash at any moment
 * leaves the old file or the new one, never a part of it. (The temporary name starts with a dot,
 * so ingest never reads a leftover one.)
 */
function replaceDurably(temp: string, file: string, bytes: Buffer): void {
  writeDurable(temp, bytes);
  renameSync(temp, file);
  sync(path.dirname(file));
}
