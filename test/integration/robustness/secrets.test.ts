/**
 * Tokens and keys never reach a log line or a reply: not when they are token-shaped (xoxb-…,
 * xapp-…, sk-…), not when they have no recognisable shape (a signing secret, an Azure key), not
 * when an error message or its cause carries one.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig, secretsOf } from "../../../src/config";
import { createLogger } from "../../../src/log";
import { startTestBot, type TestBot } from "../../helpers/slack-bot";
import { directMessage, envelope, SIGNING_SECRET } from "../../helpers/slack-requests";
import { BOT_TOKEN } from "../../helpers/slack-stand-in";
import { startTestWebServer, type TestWebServer } from "../../helpers/web";

const AZURE_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
const OPENAI_KEY = "sk-proj-AbCdEf0123456789";
const SECRETS = [BOT_TOKEN, SIGNING_SECRET, AZURE_KEY, OPENAI_KEY];

/** An error as a failing library might throw it: the secrets in its message and in its cause. */
function leakyError(): Error {
  return new Error(`request with ${BOT_TOKEN} and ${SIGNING_SECRET} failed`, {
    cause: new Error(`upstream said: bad key ${AZURE_KEY} (${OPENAI_KEY})`),
  });
}

const leaks = (text: string) => SECRETS.filter((secret) => text.includes(secret));

describe("the logger", () => {
  it("redacts configured secrets of any shape, token-shaped strings, secret-named fields, and errors' causes", () => {
    const lines: string[] = [];
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, OPENAI_API_KEY: AZURE_KEY, OPENAI_BASE_URL: "https://x.openai.azure.com" });
    const logger = createLogger({ write: (line) => lines.push(line), secrets: secretsOf(config) });
    logger.error("test.failed", { error: leakyError(), request: { headers: { authorization: `Bearer ${BOT_TOKEN}` }, note: `key=${AZURE_KEY}` }, apiKey: "whatever" });
    const [line] = lines;
    expect(leaks(line!)).toEqual([]);
    expect(JSON.parse(line!)).toMatchObject({
      error: { name: "Error", message: "request with [redacted] and [redacted] failed", cause: { message: "upstream said: bad key [redacted] ([redacted])" } },
      request: { headers: { authorization: "[redacted]" }, note: "key=[redacted]" },
      apiKey: "[redacted]",
    });
  });
});

describe("an error carrying secrets", () => {
  let t: TestBot;
  let web: TestWebServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    const logger = createLogger({ level: "debug", write: (line) => logLines.push(line), secrets: SECRETS });
    t = await startTestBot({ logger });
    web = await startTestWebServer({ engine: (runtime) => Object.assign(runtime.engine, { ask: () => Promise.reject(leakyError()) }) });
  });
  afterAll(async () => {
    await t.stop();
    await web.close();
  });

  it("in Slack: the person gets a plain apology, the log the details without the secrets", async () => {
    vi.spyOn(t.runtime.engine, "ask").mockRejectedValueOnce(leakyError());
    await t.send.event(envelope(directMessage("vem följer upp strategin i Växjö?")));
    const [reply] = await t.slack.waitFor("chat.postMessage");
    expect(leaks(JSON.stringify(reply!.args))).toEqual([]);
    expect(String(reply!.args.text)).toMatch(/^:warning: Förlåt – något gick fel hos mig/);
    const failure = logLines.find((line) => line.includes("slack.answer.failed"))!;
    expect(failure).toContain("upstream said: bad key [redacted]");
    expect(leaks(logLines.join("\n"))).toEqual([]);
  });

  it("on the web: 500 with a message that says nothing about it, and the failure logged", async () => {
    const res = await fetch(`${web.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"question":"vem följer upp?"}' });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(leaks(text)).toEqual([]);
    expect(JSON.parse(text)).toEqual({ error: "Something went wrong on the server; the server log has the details. Try again in a moment." });
    expect(web.logs.find((l) => l.status === 500)).toMatchObject({ level: "error", event: "web.request" });
  });
});
