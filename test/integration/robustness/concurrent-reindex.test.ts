/**
 * Reindexing while the bot answers, and two reindexes at once, each run by a separate process as
 * `npm run ingest` would be.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { IngestReport } from "../../../src/ingest/report";
import { delay, runScript } from "../../helpers/processes";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

const NEW_DOCUMENT = "# Riktlinje för vinterväghållning i Kiruna kommun\n\nSnöröjningen av gång- och cykelvägar ska vara klar före klockan sju på vardagar.\n";
const QUESTION = "när ska snöröjningen av gång- och cykelvägar i Kiruna vara klar?";

function ingestProcess(rt: TempRuntime) {
  return runScript("scripts/ingest.ts", ["--json"], {
    cwd: rt.root,
    env: { DATA_DIR: rt.config.dataDir, CORPUS_DIR: rt.config.corpusDir, LOG_LEVEL: "error" },
  });
}

describe("reindexing while questions are answered", () => {
  it("answers from the previous index until the new one is published, then from the new one", async () => {
    runtime = await tempRuntime();
    const { engine, config } = runtime;
    await engine.reindex();
    const previous = engine.status().generation;
    writeFileSync(path.join(config.corpusDir, "kiruna-vintervaghallning.md"), NEW_DOCUMENT);

    const run = ingestProcess(runtime);
    let done = false;
    void run.finished.then(() => (done = true));
    const answers: { generation: string; cites: boolean }[] = [];
    while (!done) {
      const before = engine.status().generation;
      const answer = await engine.ask(QUESTION);
      const cites = answer.citations.some((c) => c.docId === "kiruna-vintervaghallning");
      // A sample whose index changed while it was answered cannot say which one it used.
      if (engine.status().generation === before) answers.push({ generation: before, cites });
      await delay(10);
    }
    expect((await run.finished).code).toBe(0);

    const published = engine.status().generation;
    expect(published).not.toBe(previous);
    const after = await engine.ask(QUESTION);
    expect(after.citations.map((c) => c.docId)).toContain("kiruna-vintervaghallning");
    // Every answer came from a complete index: the previous one (without the document) or the new one (with it).
    expect(answers.filter((a) => a.generation === previous).length).toBeGreaterThan(0);
    for (const a of answers) expect(a).toEqual(a.generation === previous ? { generation: previous, cites: false } : { generation: published, cites: true });
  }, 60_000);
});

describe("two reindexes at once", () => {
  it("run one after the other, and both finish", async () => {
    runtime = await tempRuntime({ indexed: true });
    writeFileSync(path.join(runtime.config.corpusDir, "kiruna-vintervaghallning.md"), NEW_DOCUMENT);

    const results = await Promise.all([ingestProcess(runtime).finished, ingestProcess(runtime).finished]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const reports = results.map((r) => JSON.parse(r.stdout) as IngestReport);
    // The second saw the first's published index: had they interleaved, both would have added it.
    const statuses = reports.map((r) => r.files.find((f) => f.path.endsWith("kiruna-vintervaghallning.md"))!.status).sort();
    expect(statuses).toEqual(["added", "unchanged"]);
    expect(reports.map((r) => r.documents)).toEqual([6, 6]);
    expect(runtime.engine.documents()).toHaveLength(6);
  }, 60_000);
});
