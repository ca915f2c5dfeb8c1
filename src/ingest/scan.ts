/** Finding the files to ingest, and naming documents. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { StyrdokError } from "../errors";

export const SIDECAR_SUFFIX = ".meta.json";

/**
 * A file that describes a folder rather than being one of its documents: a README, an INDEX, a
 * LICENSE, a CHANGELOG, as text or Markdown. Found in a folder, it is skipped; named on its own,
 * it is read like any other file.
 */
const FOLDER_NOTE = /^(readme|index|license|licence|changelog|contributing|notice)(\.(txt|md|markdown))?$/i;

export function isFolderNote(file: string): boolean {
  return FOLDER_NOTE.test(path.basename(file));
}

/** A file to ingest, and whether it was named itself rather than found in a folder. */
export interface ScannedFile {
  path: string;
  named: boolean;
}

/** Every file under the given paths (files or folders), absolute, sorted; sidecars and dotfiles excluded. */
export function scanPaths(paths: string[]): ScannedFile[] {
  const found = new Map<string, boolean>();
  const walk = (target: string) => {
    const stat = statSync(target);
    if (stat.isFile()) {
      if (!target.endsWith(SIDECAR_SUFFIX)) found.set(target, true);
      return;
    }
    if (!stat.isDirectory()) return;
    for (const entry of readdirSync(target, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const child = path.join(target, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && !entry.name.endsWith(SIDECAR_SUFFIX) && !found.has(child)) found.set(child, false);
    }
  };
  for (const p of paths) {
    const root = path.resolve(p);
    if (!existsSync(root)) {
      throw new StyrdokError("config", `${root} does not exist: create it and put the documents there, or point CORPUS_DIR (or the path given to npm run ingest) at the folder that has them.`);
    }
    walk(root);
  }
  return [...found.keys()].sort().map((file) => ({ path: file, named: found.get(file)! }));
}

/** Whether `file` lies inside one of `roots` (used to decide what a scan may mark as removed). */
export function isUnder(file: string, roots: string[]): boolean {
  return roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

export function sha256(...parts: (Buffer | string)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

/** A readable, URL-safe id from a file name: "Växjö strategi 2013.pdf" → "vaxjo-strategi-2013". */
export function slugFromFile(file: string): string {
  const stem = path.basename(file).replace(/\.[^.]+$/, "");
  const slug = stem
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "document";
}

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export interface Sidecar {
  raw: string | null;
  fields: Record<string, unknown>;
}

/** `<file>.meta.json` beside a document: facts a coordinator states (title, municipality, sourceUrl …). */
export function readSidecar(file: string): Sidecar {
  let raw: string;
  try {
    raw = readFileSync(file + SIDECAR_SUFFIX, "utf8");
  } catch {
    return { raw: null, fields: {} };
  }
  const parsed: unknown = JSON.parse(raw);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(`${path.basename(file)}${SIDECAR_SUFFIX} must hold a JSON object such as {"title": "…", "sourceUrl": "…"}`);
  }
  return { raw, fields: parsed as Record<string, unknown> };
}
