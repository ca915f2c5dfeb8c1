/** The language layer's knowledge files in ./data, each read once (see src/data-file.ts). */
import { dataFileLines } from "../data-file";

const cache = new Map<string, readonly string[]>();

/** The non-comment, non-blank lines of src/language/data/<name>, trimmed at the end. */
export function dataLines(name: string): readonly string[] {
  const cached = cache.get(name);
  if (cached) return cached;
  const lines = dataFileLines(new URL(`./data/${name}`, import.meta.url));
  cache.set(name, lines);
  return lines;
}

/** Tab-separated fields of each data line. */
export function dataRows(name: string): readonly string[][] {
  return dataLines(name).map((line) => line.split("\t").map((field) => field.trim()));
}
