import { appendFileSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FeedbackLog, type FeedbackRecord } from "../../../src/slack/feedback-log";
import { tempDir } from "../../helpers/runtime";

const record = (n: number): FeedbackRecord => ({
  time: "2025-01-01T10:00:00.000Z",
  user: `U${n}`,
  verdict: n % 2 ? "helpful" : "notHelpful",
  question: `fråga ${n} med ”citat” och\nradbrytning`,
  answer: "svar",
  language: "sv",
  abstained: false,
  citations: [],
  answerId: `a${n}`,
  channel: "C1",
  messageTs: "1.0",
});

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("FeedbackLog", () => {
  it("writes one JSON object a line, creating the data directory, and never interleaves concurrent appends", async () => {
    dir = tempDir();
    const log = new FeedbackLog(path.join(dir, "data", "feedback.jsonl"));
    await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(record(i))));
    const lines = readFileSync(log.file, "utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => (JSON.parse(line) as FeedbackRecord).user).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `U${i}`).sort());
  });

  it("starts on a fresh line after a line a crash cut short, so no complete record is lost", async () => {
    dir = tempDir();
    const log = new FeedbackLog(path.join(dir, "feedback.jsonl"));
    await log.append(record(1));
    appendFileSync(log.file, '{"time":"2025-01-01T10:00:01.000Z","user":"U2","ver');
    await log.append(record(3));
    const lines = readFileSync(log.file, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!)).toEqual(record(3));
  });
});
