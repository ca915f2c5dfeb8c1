/**
 * Reads the knowledge files in ./data once. Lines starting with "#" are comments (each file's header
 * says where its content comes from); blank lines are ignored. Reading is synchronous because it
 * happens once per process, on first use, and the files are small.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cache = new Map<string, readonly string[]>();

/** The non-comment, non-blank lines of src/language/data/<name>, trimmed at the end. */
export function dataLines(name: string): readonly string[] {
  const cached = cache.get(name);
  if (cached) return cached;
  const path = fileURLToPath(new URL(`./data/${name}`, import.meta.url));
  const lines = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
  cache.set(name, lines);
  return lines;
}

/** Tab-separated fields of each data line. */
export function dataRows(name: string): readonly string[][] {
  return dataLines(name).map((line) => line.split("\t").map((field) => field.trim()));
}
