/**
 * An index damaged on disk (a full disk, a file edited or truncated by hand, a copy cut short) or
 * built by another version: rebuilt by the next ingest — which `npm run ask` and `npm start` run
 * first — or refused with a message saying what to do. Never a stack trace.
 */
import { appendFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { currentGeneration } from "../../../src/index/store";
import { CORPUS_FILES } from "../../helpers/corpus";
import { runScript } from "../../helpers/processes";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";
import { recordingLogger, type LogLine } from "../../helpers/web";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

const QUESTION = "vem följer upp den internationella strategin i Växjö?";

function generationFile(rt: TempRuntime, name: string): string {
  return path.join(rt.config.indexDir, currentGeneration(rt.config.indexDir)!, name);
}

/** A runtime over the same directories, as a newly started process would have. */
const freshRuntime = (rt: TempRuntime, logs: LogLine[] = []) => tempRuntime({ root: rt.root, logger: recordingLogger(logs) });

describe("a damaged index", () => {
  it("is refused by a new process with a message saying how to fix it, and rebuilt by the next ingest", async () => {
    runtime = await tempRuntime({ indexed: true });
    writeFileSync(generationFile(runtime, "chunks.bin"), "{ not json");
    const logs: LogLine[] = [];
    const fresh = await freshRuntime(runtime, logs);
    expect(() => fresh.engine.index()).toThrow(`The index in ${runtime.config.indexDir} is damaged: run npm run ingest to rebuild it.`);

    // Nothing in the corpus changed, yet the ingest notices and rebuilds.
    const report = await fresh.engine.reindex();
    expect(report).toMatchObject({ added: 5, indexWritten: true, documents: 5 });
    expect(logs.find((l) => l.event === "index.damaged")).toMatchObject({ level: "warn", action: "rebuilding the index from the documents" });
    expect((await fresh.engine.ask(QUESTION)).abstained).toBe(false);
  });

  it("is rebuilt when an ingest needs the passages of unchanged documents from it", async () => {
    runtime = await tempRuntime({ indexed: true });
    truncateSync(generationFile(runtime, "vectors.f32"), 100);
    appendFileSync(path.join(runtime.config.corpusDir, CORPUS_FILES.gavle), "\n\nNy mening om vänorter.\n");
    const fresh = await freshRuntime(runtime);
    const report = await fresh.engine.reindex();
    expect(report).toMatchObject({ indexWritten: true, documents: 5 });
    expect(fresh.engine.index().texts["gavle-inriktning-internationellt-arbete-2018-2020"]).toContain("Ny mening om vänorter.");
  });

  it("keeps documents ingested from outside the corpus folder when it is rebuilt", async () => {
    runtime = await tempRuntime();
    const elsewhere = path.join(runtime.root, "annat");
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, "kiruna.md"), "# Kiruna riktlinje\n\nSnöröjningen ska vara klar före sju.\n");
    await runtime.engine.reindex();
    await runtime.engine.reindex([elsewhere]);
    writeFileSync(generationFile(runtime, "texts.bin"), "");
    const fresh = await freshRuntime(runtime);
    await fresh.engine.reindex();
    expect(fresh.engine.documents().map((d) => d.id)).toContain("kiruna");
  });

  it("built by another version is rebuilt by the next ingest", async () => {
    runtime = await tempRuntime({ indexed: true });
    const manifest = JSON.parse(readFileSync(generationFile(runtime, "manifest.json"), "utf8")) as { schema: number };
    writeFileSync(generationFile(runtime, "manifest.json"), JSON.stringify({ ...manifest, schema: 999 }));
    const fresh = await freshRuntime(runtime);
    expect(() => fresh.engine.index()).toThrow("The index was built by another version of styrdok: run npm run ingest to rebuild it.");
    expect(await fresh.engine.reindex()).toMatchObject({ added: 5, indexWritten: true });
  });

  it("published by another process while this one answers: questions go on from the index already loaded", async () => {
    runtime = await tempRuntime({ indexed: true });
    const logs: LogLine[] = [];
    const serving = await freshRuntime(runtime, logs);
    const loaded = serving.engine.status().generation;
    // Another process publishes a generation that turns out unreadable.
    appendFileSync(path.join(runtime.config.corpusDir, CORPUS_FILES.gavle), "\n\nNy mening.\n");
    await runtime.engine.reindex();
    writeFileSync(generationFile(runtime, "lexical.bin"), "");
    for (let i = 0; i < 3; i++) expect((await serving.engine.ask(QUESTION)).abstained).toBe(false);
    expect(serving.engine.status().generation).toBe(loaded);
    expect(logs.filter((l) => l.event === "index.reload_failed")).toHaveLength(1);
  });
});

describe("the command line with a damaged index", () => {
  const env = (rt: TempRuntime) => ({ DATA_DIR: rt.config.dataDir, CORPUS_DIR: rt.config.corpusDir });

  it("npm run ask rebuilds it, answers, and logs what it did — without a stack trace", async () => {
    runtime = await tempRuntime({ indexed: true });
    writeFileSync(generationFile(runtime, "chunks.bin"), "[]");
    // LOG_LEVEL=info: the question's log line too, on stderr, leaving stdout to the answer.
    const result = await runScript("scripts/ask.ts", [QUESTION], { cwd: runtime.root, env: { ...env(runtime), LOG_LEVEL: "info" } }).finished;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Internationell strategi för Växjö kommun");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const lines = result.stderr.trim().split("\n").map((line) => JSON.parse(line) as LogLine);
    expect(lines.find((l) => l.event === "index.damaged")).toMatchObject({ level: "warn", action: "rebuilding the index from the documents" });
    expect(lines.find((l) => l.event === "question.answered")).toEqual({
      time: expect.any(String),
      level: "info",
      event: "question.answered",
      via: "cli",
      question: QUESTION,
      language: "sv",
      ms: expect.any(Number),
      abstained: false,
      cited: ["vaxjo-internationell-strategi-2013"],
    });
  });

  it("npm run ask says what to do when the corpus folder is missing", async () => {
    runtime = await tempRuntime({ copyCorpus: false });
    const missing = path.join(runtime.root, "saknas");
    const result = await runScript("scripts/ask.ts", [QUESTION], { cwd: runtime.root, env: { ...env(runtime), CORPUS_DIR: missing } }).finished;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `styrdok: ${missing} does not exist: create it and put the documents there, or point CORPUS_DIR (or the path given to npm run ingest) at the folder that has them.\n`,
    );
  });
});
