/**
 * `npm run ask` end to end on the project's corpus, as a user runs it: a real process, a fresh
 * DATA_DIR, no network. Assertions are about the contract (verbatim quotes, scoping, abstention,
 * language), not about which sentence wins.
 */
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/domain";
import { loadIndex, readManifest } from "../../src/index/store";
import { tempDir } from "../helpers/runtime";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = tempDir();
const env = { ...process.env, DATA_DIR: dataDir, CORPUS_DIR: path.join(root, "corpus"), OPENAI_API_KEY: "", LOG_LEVEL: "warn" };

async function ask(question: string): Promise<Answer> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/ask.ts", "--json", question], { cwd: root, env });
  return JSON.parse(stdout) as Answer;
}

function documentText(docId: string): string {
  const indexDir = path.join(dataDir, "index");
  const manifest = readManifest(indexDir)!;
  return loadIndex(indexDir, { embeddings: manifest.embeddings, analyzer: manifest.analyzer }).texts[docId]!;
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("npm run ask", () => {
  it("answers an English question about one municipality from its documents, quoting verbatim", async () => {
    const answer = await ask("who is responsible for following up the international strategy in Växjö?");
    expect(answer.language).toBe("en");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^According to /);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.passages.length).toBeGreaterThanOrEqual(10);
    for (const citation of answer.citations) {
      expect(citation.municipality).toBe("Växjö");
      expect(documentText(citation.docId)).toContain(citation.quote);
      expect(answer.answer).toContain(`[${citation.n}]`);
    }
    expect(answer.passages.every((p) => p.municipality === "Växjö")).toBe(true);
  }, 60_000);

  it("answers in Swedish and carries the revision warning of a lapsed document", async () => {
    const answer = await ask("vilka områden prioriteras i Gävles internationella arbete?");
    expect(answer.language).toBe("sv");
    expect(answer.answer).toMatch(/^Enligt /);
    expect(answer.warnings.join(" ")).toMatch(/skulle revideras senast 2020-12-31/);
  }, 60_000);

  it("says which municipalities it has when asked about one it does not", async () => {
    const answer = await ask("vad säger Kirunas strategi om vänorter?");
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toContain("Kiruna");
    for (const name of ["Gävle", "Umeå", "Upplands Väsby", "Växjö", "Örnsköldsvik"]) expect(answer.answer).toContain(name);
  }, 60_000);

  it("prints a readable answer without --json and fails cleanly on an empty question", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/ask.ts", "vad är syftet med internationellt arbete i Umeå?"], { cwd: root, env });
    expect(stdout).toMatch(/\[1\] .*Umeå/);
    const failed = await run(process.execPath, ["--import", "tsx", "scripts/ask.ts", "  "], { cwd: root, env }).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/^styrdok: Ask a question/);
  }, 60_000);
});

describe("npm run ask on questions about the documents themselves", () => {
  it("answers from the metadata, citing the header line, and says what a document does not state", async () => {
    const answer = await ask("när antogs Umeås internationella program och vem antar det?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain("anges inte i dokumentet");
    expect(answer.answer).toMatch(/Kommunfullmäktige \[1\]/);
    expect(documentText(answer.citations[0]!.docId)).toContain(answer.citations[0]!.quote);
  }, 60_000);

  it("groups an answer across municipalities, one citation each", async () => {
    const answer = await ask("vilka kommuner skriver om vänorter?");
    expect(answer.answer.split("\n")[0]).toBe("Per kommun:");
    const cited = answer.citations.map((c) => c.municipality);
    expect(new Set(cited).size).toBe(cited.length);
    for (const c of answer.citations) expect(answer.answer).toContain(`• ${c.municipality}: ”`);
  }, 60_000);
});
