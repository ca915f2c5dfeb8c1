/** A real engine over a temporary data directory and a corpus the test chooses. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRuntime, type Runtime } from "../../src/bootstrap";
import { loadConfig, type Config } from "../../src/config";
import { silentLogger, type Logger } from "../../src/log";
import { CORPUS_DIR } from "./corpus";

export interface TempRuntime extends Runtime {
  root: string;
  cleanup(): void;
}

export function tempDir(prefix = "styrdok-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * A fresh data dir and a copy of the corpus (or an empty one), with the given environment. `files`
 * (name → text) are written into the corpus as well. With `root`, a second runtime over an earlier
 * one's data and corpus (e.g. with other settings). With `indexed`, the corpus is indexed before it returns.
 */
export async function tempRuntime(
  options: { copyCorpus?: boolean; files?: Record<string, string>; env?: Record<string, string>; logger?: Logger; root?: string; indexed?: boolean } = {},
): Promise<TempRuntime> {
  const root = options.root ?? tempDir();
  const corpusDir = path.join(root, "corpus");
  if ((options.copyCorpus ?? true) && !options.root) cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  if (options.files) mkdirSync(corpusDir, { recursive: true });
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(path.join(corpusDir, name), text);
  const config: Config = loadConfig({ DATA_DIR: path.join(root, "data"), CORPUS_DIR: corpusDir, ...options.env });
  const runtime = await createRuntime({ config, logger: options.logger ?? silentLogger });
  if (options.indexed) await runtime.engine.reindex();
  return { ...runtime, root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A runtime whose corpus is only `files` (name → text), indexed. */
export function indexedDocuments(files: Record<string, string>): Promise<TempRuntime> {
  return tempRuntime({ copyCorpus: false, files, indexed: true });
}
