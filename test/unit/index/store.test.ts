import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LexicalIndex } from "../../../src/index/lexical";
import { currentGeneration, loadIndex, saveIndex, type IndexContents } from "../../../src/index/store";
import { VectorIndex } from "../../../src/index/vectors";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

function expectedOf(r: TempRuntime) {
  const manifest = JSON.parse(readFileSync(path.join(r.config.indexDir, currentGeneration(r.config.indexDir)!, "manifest.json"), "utf8"));
  return { embeddings: manifest.embeddings, analyzer: manifest.analyzer };
}

describe("index store", () => {
  it("a failure while writing a new generation leaves the previous index loadable", async () => {
    runtime = await tempRuntime({ indexed: true });
    const { indexDir } = runtime.config;
    const before = currentGeneration(indexDir)!;
    const old = loadIndex(indexDir, expectedOf(runtime));
    const broken: IndexContents = {
      ...old,
      lexical: Object.assign(Object.create(LexicalIndex.prototype), old.lexical, {
        save: () => {
          throw new Error("disk full");
        },
      }),
    };
    expect(() => saveIndex(indexDir, broken)).toThrow("disk full");
    expect(currentGeneration(indexDir)).toBe(before);
    const reloaded = loadIndex(indexDir, expectedOf(runtime));
    expect(reloaded.manifest.documents.map((d) => d.id)).toEqual(old.manifest.documents.map((d) => d.id));
    // The next successful save publishes a new generation and clears the abandoned one.
    saveIndex(indexDir, old, () => new Date(Date.now() + 60_000));
    expect(currentGeneration(indexDir)).not.toBe(before);
    expect(readdirSync(indexDir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses an index built with other embeddings and says to reindex", async () => {
    runtime = await tempRuntime({ indexed: true });
    const expected = expectedOf(runtime);
    expect(() => loadIndex(runtime!.config.indexDir, { ...expected, embeddings: { name: "openai:text-embedding-3-small", dimensions: 1536 } })).toThrow(
      /Index built with other embeddings .*run npm run ingest/,
    );
  });

  it("reports a damaged index with how to fix it, not a stack trace", async () => {
    runtime = await tempRuntime({ indexed: true });
    const dir = path.join(runtime.config.indexDir, currentGeneration(runtime.config.indexDir)!);
    writeFileSync(path.join(dir, "lexical.bin"), "garbage");
    expect(() => loadIndex(runtime!.config.indexDir, expectedOf(runtime!))).toThrow(/damaged: run npm run ingest/);
  });

  it("says how to build a missing index", async () => {
    runtime = await tempRuntime();
    expect(existsSync(runtime.config.indexDir)).toBe(false);
    expect(() => runtime!.engine.index()).toThrow(/No index .*run npm run ingest/);
  });

  it("an empty vector index answers no neighbours", () => {
    expect(VectorIndex.build(new Float32Array(0), 8).search(new Array(8).fill(0.1), 5)).toEqual([]);
  });
});
