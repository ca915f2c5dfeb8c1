/**
 * Knowledge files (stop words, glossary, intent cues, header labels …) are plain text: one entry a
 * line, "#" lines are comments saying where the content comes from, blank lines are ignored.
 * Read synchronously, once per process at module load or first use; the files are small.
 */
import { readFileSync } from "node:fs";

/** The non-comment, non-blank lines of a data file, trimmed at the end. */
export function dataFileLines(file: URL): string[] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
}
