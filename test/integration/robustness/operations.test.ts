/**
 * Running it: the web chat and Slack log each question as one JSON line (who asked through what,
 * the question, the time taken, the documents cited, whether it abstained; the command line's is
 * checked in damaged-index.test.ts); `npm start` rebuilds a
 * damaged index, serves /healthz with the index's age and size, and on SIGTERM answers the
 * question in flight before it exits 0.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { currentGeneration } from "../../../src/index/store";
import { startOpenAIServer, type OpenAITestServer } from "../../helpers/openai-server";
import { delay, runScript } from "../../helpers/processes";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";
import { startTestBot } from "../../helpers/slack-bot";
import { appMention, envelope, slashCommand } from "../../helpers/slack-requests";
import { recordingLogger, startTestWebServer, type LogLine } from "../../helpers/web";

const QUESTION = "vem följer upp den internationella strategin i Växjö?";
const ANSWERED = {
  event: "question.answered",
  level: "info",
  question: QUESTION,
  language: "sv",
  ms: expect.any(Number),
  abstained: false,
  cited: ["vaxjo-internationell-strategi-2013"],
};

describe("a log line for every question", () => {
  it("from the web chat", async () => {
    const web = await startTestWebServer();
    try {
      await fetch(`${web.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: QUESTION }) });
      expect(web.logs.find((l) => l.event === "question.answered")).toEqual({ ...ANSWERED, via: "web", client: "127.0.0.1" });
    } finally {
      await web.close();
    }
  });

  it("from Slack, naming the person and the channel", async () => {
    const logs: LogLine[] = [];
    const t = await startTestBot({ logger: recordingLogger(logs) });
    try {
      await t.send.event(envelope(appMention(QUESTION, { user: "U0ASKER001", channel: "C0LOGGED1" })));
      await t.slack.waitFor("chat.postMessage");
      await t.send.command(slashCommand(QUESTION, { user: "U0ASKER002", responseUrl: t.slack.responseUrl("logged") }));
      await t.slack.waitFor((call) => call.kind === "response_url");
      expect(logs.filter((l) => l.event === "question.answered")).toEqual([
        { ...ANSWERED, via: "slack", user: "U0ASKER001", channel: "C0LOGGED1" },
        { ...ANSWERED, via: "slack-command", user: "U0ASKER002", channel: "C043YJGBY49" },
      ]);
    } finally {
      await t.stop();
    }
  });
});

describe("the Slack bot stopping", () => {
  it("waits for the answer in flight before it is stopped", async () => {
    const t = await startTestBot();
    const ask = t.runtime.engine.ask.bind(t.runtime.engine);
    vi.spyOn(t.runtime.engine, "ask").mockImplementation(async (...args) => {
      await delay(1_000);
      return ask(...args);
    });
    await t.send.event(envelope(appMention(QUESTION)));
    await delay(200);
    await t.bot.stop();
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(1);
    await t.slack.close();
    t.runtime.cleanup();
  });
});

describe("npm start", () => {
  let runtime: TempRuntime;
  let model: OpenAITestServer;
  beforeAll(async () => {
    runtime = await tempRuntime();
    // A model that never answers: each question then takes OPENAI_TIMEOUT_MS before the offline answer.
    model = await startOpenAIServer(() => ({ hang: true }));
  });
  afterAll(async () => {
    await model.close();
    runtime.cleanup();
  });

  it("rebuilds a damaged index, reports it on /healthz, and on SIGTERM answers the question in flight, then exits 0", async () => {
    await runtime.engine.reindex();
    writeFileSync(path.join(runtime.config.indexDir, currentGeneration(runtime.config.indexDir)!, "chunks.bin"), "{}");
    const server = runScript("src/main.ts", [], {
      cwd: runtime.root,
      env: {
        DATA_DIR: runtime.config.dataDir,
        CORPUS_DIR: runtime.config.corpusDir,
        PORT: "0",
        OPENAI_API_KEY: "sk-test-shutdown",
        OPENAI_BASE_URL: model.baseUrl,
        OPENAI_TIMEOUT_MS: "2000",
      },
    });
    let url = "";
    server.child.stdout!.on("data", (chunk: Buffer) => (url ||= /chat at (http:\/\/\S+)/.exec(chunk.toString())?.[1] ?? ""));
    for (let waited = 0; !url && waited < 20_000; waited += 50) await delay(50);
    expect(url).not.toBe("");

    const health = (await (await fetch(`${url}/healthz`)).json()) as { status: string; index: Record<string, unknown> };
    expect(health).toEqual({
      status: "ok",
      index: { documents: 5, passages: expect.any(Number), generation: expect.stringMatching(/^gen-/), builtAt: expect.any(String), ageSeconds: expect.any(Number) },
    });
    expect(health.index.ageSeconds).toBeLessThan(60);

    const started = Date.now();
    const answer = fetch(`${url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: QUESTION }) });
    await delay(500);
    server.child.kill("SIGTERM");
    await delay(200);
    // No new questions once it is stopping.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    const res = await answer;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { abstained: boolean; warnings: string[] };
    expect(body.abstained).toBe(false);
    expect(Date.now() - started).toBeGreaterThan(1_800);
    const exit = await server.finished;
    expect(exit).toMatchObject({ code: 0, signal: null });
    const events = exit.stderr.trim().split("\n").map((line) => (JSON.parse(line) as LogLine).event);
    expect(events).toEqual(expect.arrayContaining(["index.damaged", "question.answered", "process.stopping", "process.stopped"]));
    expect(events.indexOf("question.answered")).toBeGreaterThan(events.indexOf("process.stopping"));
  }, 60_000);
});
