/**
 * Uploaded documents and feedback are written so that a process killed in the middle of writing
 * leaves no partial file and no lost record: each case runs in a child process killed with SIGKILL
 * after various delays.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FeedbackLog, type FeedbackRecord } from "../../../src/slack/feedback-log";
import { delay, ROOT, runScript } from "../../helpers/processes";
import { tempDir } from "../../helpers/runtime";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A child process running `body` (top-level await allowed) with the project's modules importable. */
function child(body: string, imports: string) {
  const script = path.join(dir, `child-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(script, `${imports.replaceAll("@/", `${ROOT}/`)}\n${body}`);
  return runScript(script, [], { cwd: dir, env: {} });
}

/** 7 MB of text that says which version it is on every line. */
const version = (n: number) => Buffer.from(`Version ${n}: kommunen följer upp arbetet varje år.\n`.repeat(150_000));

describe("an upload killed mid-write", () => {
  it("leaves the previous document or the new one in the corpus, never part of one", async () => {
    dir = tempDir();
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    const limits = { maxFileBytes: 50 * 1024 * 1024, parseTimeoutMs: 30_000, maxQuestionChars: 2000 };
    const upload = (n: number) =>
      child(
        `await stageUpload(${JSON.stringify(corpus)}, "riktlinje.txt", Buffer.from(\`Version ${n}: kommunen följer upp arbetet varje år.\\n\`.repeat(150_000)), ${JSON.stringify(limits)});`,
        `import { stageUpload } from "@/src/ingest/upload.ts";`,
      );
    const first = await upload(0).finished;
    expect(first.stderr).toBe("");
    const outcomes: string[] = [];
    // Killed the moment the new version starts being written, then at various later points.
    const kills = [0, 0, 50, 200];
    for (const [i, ms] of kills.entries()) {
      const n = i + 1;
      const run = upload(n);
      await new Promise<void>((resolve) => {
        const watcher = watch(corpus, (_event, name) => {
          if (!name?.startsWith(".upload-")) return;
          watcher.close();
          setTimeout(() => resolve(), ms);
        });
        void run.finished.then(() => {
          watcher.close();
          resolve();
        });
      });
      run.child.kill("SIGKILL");
      await run.finished;
      const content = readFileSync(path.join(corpus, "riktlinje.txt"));
      const which = Array.from({ length: n + 1 }, (_, v) => v).find((v) => content.equals(version(v)));
      expect(which, `riktlinje.txt after kill ${n} is a complete version`).toBeDefined();
      outcomes.push(which === n ? "new" : "previous");
    }
    expect(outcomes).toContain("previous");
    console.info(`killed uploads left: ${outcomes.join(", ")}`);

    // The temporary files of killed uploads are removed by a later upload once they are an hour old.
    const leftovers = () => readdirSync(corpus).filter((name) => name.startsWith(".upload-"));
    writeFileSync(path.join(corpus, ".upload-1-1-riktlinje.txt"), "Version 0: kommunen");
    const anHourAgo = new Date(Date.now() - 61 * 60_000);
    for (const name of leftovers()) utimesSync(path.join(corpus, name), anHourAgo, anHourAgo);
    expect((await upload(99).finished).code).toBe(0);
    expect(leftovers()).toEqual([]);
  }, 60_000);
});

describe("feedback appended by a process that is killed", () => {
  it("loses at most the record being written, and the next append starts on a fresh line", async () => {
    dir = tempDir();
    const file = path.join(dir, "feedback.jsonl");
    const record = (user: string): FeedbackRecord => ({
      time: "2025-01-01T10:00:00.000Z", user, verdict: "helpful", question: "fråga ".repeat(2000), answer: "svar ".repeat(2000),
      language: "sv", abstained: false, citations: [], answerId: "a1", channel: "C1", messageTs: "1.0",
    });
    for (const ms of [500, 900]) {
      const run = child(
        `const log = new FeedbackLog(${JSON.stringify(file)});
const record = { time: "2025-01-01T10:00:00.000Z", user: "U1", verdict: "helpful", question: "fråga ".repeat(2000), answer: "svar ".repeat(2000), language: "sv", abstained: false, citations: [], answerId: "a1", channel: "C1", messageTs: "1.0" };
for (;;) await log.append(record);`,
        `import { FeedbackLog } from "@/src/slack/feedback-log.ts";`,
      );
      await delay(ms);
      run.child.kill("SIGKILL");
      await run.finished;
    }
    await new FeedbackLog(file).append(record("U2"));
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines.pop()).toBe("");
    const unreadable = lines.filter((line) => {
      try {
        JSON.parse(line);
        return false;
      } catch {
        return true;
      }
    });
    // At most one line cut short per kill; every other line is a whole record.
    expect(unreadable.length).toBeLessThanOrEqual(2);
    expect(lines.length - unreadable.length).toBeGreaterThan(10);
    expect(JSON.parse(lines.at(-1)!)).toEqual(record("U2"));
  }, 60_000);
});
