/**
 * Runs the file loaders over folders of real-world files and prints one line per file:
 * `ok (pages, chars)` or the error code and message. For robustness checks by hand:
 *   npx tsx scripts/try-loaders.ts ../shared/real/pdfs ../shared/real/docx ../shared/real/swedish
 * Add --markdown for a Markdown table.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { isStyrdokError, userMessage } from "../src/errors";
import { loadFile, type LoadedFile } from "../src/ingest/loaders";

const MAX_BYTES = 50 * 1024 * 1024;
const TIMEOUT_MS = 60_000;
const SKIP = new Set(["INDEX.txt"]);

function describe(loaded: LoadedFile): string {
  const chars = loaded.pages.reduce((sum, page) => sum + page.text.length, 0);
  const count = loaded.pages.length;
  const pages = loaded.format === "pdf" ? `${count} ${count === 1 ? "page" : "pages"}, ` : "";
  const warnings = loaded.warnings.length > 0 ? ` — ${loaded.warnings.join("; ")}` : "";
  return `ok ${loaded.format} (${pages}${chars} chars)${warnings}`;
}

async function tryFile(file: string): Promise<string> {
  const started = Date.now();
  try {
    const loaded = await loadFile(file, { maxBytes: MAX_BYTES, timeoutMs: TIMEOUT_MS });
    return `${describe(loaded)} [${Date.now() - started} ms]`;
  } catch (error) {
    const code = isStyrdokError(error) ? error.code : "UNEXPECTED";
    return `${code}: ${userMessage(error)} [${Date.now() - started} ms]`;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const markdown = args.includes("--markdown");
  const folders = args.filter((arg) => arg !== "--markdown");
  if (markdown) console.log("| file | result |\n|---|---|");
  for (const folder of folders) {
    for (const name of (await readdir(folder)).sort()) {
      if (SKIP.has(name)) continue;
      const result = await tryFile(path.join(folder, name));
      console.log(markdown ? `| ${name} | ${result.replace(/\|/g, "\\|")} |` : `${name}\t${result}`);
    }
  }
}

await main();
