/**
 * Fuzzing the question path — Engine.ask, POST /api/ask and a Slack mention — with adversarial
 * and seeded random strings. Every input gets an answer or a clear message, never an internal
 * error, and nothing the asker typed comes back as live markup. The slowest inputs are reported.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/domain";
import { isStyrdokError } from "../../../src/errors";
import { HOSTILE_QUESTIONS, randomQuestions } from "../../helpers/hostile-questions";
import { startTestBot, type TestBot } from "../../helpers/slack-bot";
import { appMention, envelope } from "../../helpers/slack-requests";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";
import { startTestWebServer, type TestWebServer } from "../../helpers/web";

const ASK_AGAIN = "Ask a question, for example: who follows up international work in Växjö?";
const named = Object.entries(HOSTILE_QUESTIONS);

/** Every `text` string in a tree of Block Kit objects. */
function textsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => (key === "text" && typeof v === "string" ? [v] : textsIn(v)));
}

function report(label: string, timings: [string, number][]): void {
  const slowest = [...timings].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.info(`${label}: ${timings.length} inputs, slowest ${slowest.map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(", ")}`);
}

describe("Engine.ask with hostile input", () => {
  let runtime: TempRuntime;
  beforeAll(async () => {
    runtime = await tempRuntime({ indexed: true });
    await runtime.engine.ask("värmer upp");
  });
  afterAll(() => runtime.cleanup());

  it("says so when it searched on the first part of a question over the length limit", async () => {
    expect(runtime.config.limits.maxQuestionChars).toBe(2000);
    const question = "vem följer upp det internationella arbetet i Växjö? " + "och så vidare ".repeat(200);
    const answer = await runtime.engine.ask(question);
    expect(answer.question.length).toBeLessThanOrEqual(2000);
    expect(answer.warnings).toContain("Frågan var längre än 2 000 tecken, så jag sökte bara på de första 2 000.");
    const short = await runtime.engine.ask("vem följer upp det internationella arbetet i Växjö?");
    expect(short.warnings.join(" ")).not.toMatch(/tecken/);
  });

  it("answers or refuses clearly, quoting only verbatim text", async () => {
    const inputs: [string, string][] = [...named, ...randomQuestions(150, 3000).map((q, i): [string, string] => [`random #${i}`, q])];
    const timings: [string, number][] = [];
    const texts = runtime.engine.index().texts;
    for (const [name, question] of inputs) {
      const started = performance.now();
      let answer: Answer;
      try {
        answer = await runtime.engine.ask(question);
      } catch (error) {
        expect(isStyrdokError(error, "bad-request") && error.message, name).toBe(ASK_AGAIN);
        continue;
      } finally {
        timings.push([name, performance.now() - started]);
      }
      expect(typeof answer.answer, name).toBe("string");
      expect(answer.question, name).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
      expect(answer.question.length, name).toBeLessThanOrEqual(runtime.config.limits.maxQuestionChars);
      for (const c of answer.citations) expect(texts[c.docId], name).toContain(c.quote);
    }
    report("Engine.ask", timings);
  }, 30_000);
});

describe("POST /api/ask with hostile input", () => {
  let web: TestWebServer;
  beforeAll(async () => {
    web = await startTestWebServer({ env: { RATE_LIMIT_PER_MINUTE: "0" } });
  });
  afterAll(() => web.close());

  it("gives 200 with an answer whose HTML escapes the question, or 400 saying what to send — never 500", async () => {
    const inputs: [string, unknown][] = [
      ...named,
      ...randomQuestions(60, 400, 11).map((q, i): [string, string] => [`random #${i}`, q]),
      ["a number", 42],
      ["an array", ["vem", "följer", "upp"]],
      ["null", null],
    ];
    const timings: [string, number][] = [];
    for (const [name, question] of inputs) {
      const started = performance.now();
      const res = await fetch(`${web.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question }) });
      timings.push([name, performance.now() - started]);
      const body = (await res.json()) as Answer & { html: string; error?: string };
      expect([200, 400], name).toContain(res.status);
      if (res.status === 400) {
        expect(body.error, name).toMatch(/^(The question is empty|"question" (is \d+ characters long|must be a string)|The JSON has no "question"|Ask a question)/);
        continue;
      }
      expect(body.html, name).not.toMatch(/<script|<img/i);
    }
    expect(web.logs.filter((l) => l.level === "error")).toEqual([]);
    report("POST /api/ask", timings);
  }, 30_000);
});

describe("a Slack mention with hostile input", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(() => t.stop());

  it("is answered once in its thread, with no internal error and nothing that pings anyone", async () => {
    const inputs = [...named, ...randomQuestions(40, 400, 13).map((q, i): [string, string] => [`random #${i}`, q])];
    const timings: [string, number][] = [];
    for (const [i, [name, text]] of inputs.entries()) {
      t.slack.calls.length = 0;
      // One person each: this is about content, not about the rate limit.
      const mention = appMention(text, { user: `U0FUZZ${i}`, channel: "C0FUZZ001" });
      const started = performance.now();
      expect((await t.send.event(envelope(mention))).status, name).toBe(200);
      const [post] = await t.slack.waitFor("chat.postMessage", 1, 10_000);
      timings.push([name, performance.now() - started]);
      expect(post!.args.thread_ts, name).toBe(mention.ts);
      const blocks = post!.args.blocks as object[];
      expect(blocks.length, name).toBeLessThanOrEqual(50);
      // What Slack renders: the fallback text and every text object in the blocks (a button's value is data, never shown).
      const shown = [String(post!.args.text), ...textsIn(blocks)];
      for (const text of shown) {
        expect(text.length, name).toBeLessThanOrEqual(3000);
        expect(text, name).not.toMatch(/<!(channel|here|everyone)|<@U123|<#C0123|<https:\/\/evil|Förlåt – något gick fel/);
      }
    }
    report("Slack mention", timings);
  }, 60_000);
});
