/**
 * The files the web chat serves, read once when the handler is created: the page template, the
 * static files in ./public (a fixed list, so no request path ever reaches the file system) and the
 * example questions.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseExamples, type ExampleQuestion } from "./page";

export interface StaticFile {
  contentType: string;
  body: Buffer;
}

export interface WebAssets {
  pageTemplate: string;
  examples: ExampleQuestion[];
  /** By URL path, e.g. "/app.js". */
  files: Record<string, StaticFile>;
}

const PUBLIC_FILES: Record<string, string> = {
  "app.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8",
  "favicon.svg": "image/svg+xml",
};

function local(name: string): string {
  return fileURLToPath(new URL(name, import.meta.url));
}

export function loadWebAssets(): WebAssets {
  const files: Record<string, StaticFile> = {};
  for (const [name, contentType] of Object.entries(PUBLIC_FILES)) {
    files[`/${name}`] = { contentType, body: readFileSync(local(`./public/${name}`)) };
  }
  return {
    pageTemplate: readFileSync(local("./page.html"), "utf8"),
    examples: parseExamples(readFileSync(local("./data/examples.tsv"), "utf8")),
    files,
  };
}
