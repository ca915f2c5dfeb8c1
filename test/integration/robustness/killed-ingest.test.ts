/**
 * `npm run ingest` killed with SIGKILL at many points — while starting, while parsing, the moment
 * it begins writing the new generation — never leaves an index that cannot be read, and the next
 * run completes the work. Each run has work to do: the corpus changes before it.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentGeneration } from "../../../src/index/store";
import type { IngestReport } from "../../../src/ingest/report";
import { CORPUS_DIR, CORPUS_FILES } from "../../helpers/corpus";
import { delay, runScript, type Finished } from "../../helpers/processes";
import { tempDir, tempRuntime } from "../../helpers/runtime";

let root = "";
let env: Record<string, string> = {};
let indexDir = "";
let large = "";

const ingest = () => runScript("scripts/ingest.ts", ["--json"], { cwd: root, env });

/** What a new process finds: loading must succeed (no fallback to an index already in memory). */
async function readableIndex(): Promise<{ generation: string; documents: number; text: string }> {
  const runtime = await tempRuntime({ root, env: { LOG_LEVEL: "error" } });
  const index = runtime.engine.index();
  return { generation: index.generation, documents: index.manifest.documents.length, text: index.texts["stor"] ?? "" };
}

/** SIGKILL as soon as the new generation's staging directory appears (or the run ends first). */
async function killWhenWriting(): Promise<Finished> {
  const run = ingest();
  const watcher = watch(indexDir, (_event, name) => {
    if (name?.endsWith(".tmp") && name.startsWith("gen-")) run.child.kill("SIGKILL");
  });
  try {
    return await run.finished;
  } finally {
    watcher.close();
  }
}

async function killAfter(ms: number): Promise<Finished> {
  const run = ingest();
  await delay(ms);
  run.child.kill("SIGKILL");
  return run.finished;
}

beforeAll(async () => {
  root = tempDir();
  const corpus = path.join(root, "corpus");
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  // A larger document, so that parsing, embedding and writing each take a moment to be killed in.
  const umea = readFileSync(path.join(CORPUS_DIR, CORPUS_FILES.umea));
  large = path.join(corpus, "stor.txt");
  writeFileSync(large, Array.from({ length: 25 }, (_, i) => `## Avsnitt ${i}\n\n${umea}`).join("\n\n"));
  env = { DATA_DIR: path.join(root, "data"), CORPUS_DIR: corpus, LOG_LEVEL: "error" };
  indexDir = path.join(root, "data", "index");
  await (await tempRuntime({ root, env: { LOG_LEVEL: "error" } })).engine.reindex();
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a reindex killed with SIGKILL", () => {
  it("leaves the previous (or the new, complete) index readable every time, and the next run completes", async () => {
    const seen: string[] = [];
    const kills: (() => Promise<Finished>)[] = [
      ...[200, 700, 1200].map((ms) => () => killAfter(ms)),
      killWhenWriting,
      killWhenWriting,
      killWhenWriting,
    ];
    for (const [n, kill] of kills.entries()) {
      appendFileSync(large, `\n\nÄndring ${n}: nämnden följer upp arbetet.\n`);
      const before = currentGeneration(indexDir)!;
      const outcome = await kill();
      const after = await readableIndex();
      seen.push(`${outcome.signal ?? `exit ${outcome.code}`}: ${after.generation === before ? "previous" : "new"} index`);
      expect(after.documents).toBe(6);
      if (after.generation !== before) expect(outcome.signal).toBeNull();
    }
    // At least one run was killed while writing its generation, and the previous one stayed.
    expect(seen.filter((s) => s === "SIGKILL: previous index").length).toBeGreaterThanOrEqual(3);

    const last = await ingest().finished;
    expect(last.code).toBe(0);
    const report = JSON.parse(last.stdout) as IngestReport;
    expect(report.indexWritten).toBe(true);
    const final = await readableIndex();
    expect(final.text).toContain(`Ändring ${kills.length - 1}: nämnden följer upp arbetet.`);
    // Nothing of the killed runs is left behind: no staging directories, no lock.
    expect(readdirSync(indexDir).filter((name) => name.endsWith(".tmp") || name === "ingest.lock")).toEqual([]);
    console.info(`killed ingests: ${seen.join("; ")}`);
  }, 120_000);
});
