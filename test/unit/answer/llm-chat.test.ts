import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChatClient, createChatModel, LlmError, visibleText } from "../../../src/answer/llm-chat";
import { loadConfig } from "../../../src/config";
import { createLogger } from "../../../src/log";
import { startOpenAIServer, type OpenAITestServer } from "../../helpers/openai-server";

const prompt = [
  { role: "system" as const, content: "rules" },
  { role: "user" as const, content: "question" },
];

let server: OpenAITestServer;
let logs: Record<string, unknown>[];
let client: ChatClient;

function clientFor(env: Record<string, string>): ChatClient {
  const config = loadConfig({ OPENAI_API_KEY: "sk-test-key-123456", OPENAI_BASE_URL: server.baseUrl, ...env });
  const logger = createLogger({ level: "debug", write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  return new ChatClient(createChatModel(config.openai), { logger, modelName: config.openai.chatModel });
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

const options = () => ({ signal: AbortSignal.timeout(5_000), purpose: "test", question: "q" });

beforeAll(async () => {
  server = await startOpenAIServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  logs = [];
  client = clientFor({});
});

describe("ChatClient", () => {
  it("returns the reply and its token use, and logs the call without the key", async () => {
    server.script(() => ({ text: "Svar [1].", usage: { prompt_tokens: 321, completion_tokens: 12 } }));
    await expect(client.complete(prompt, options())).resolves.toEqual({
      text: "Svar [1].",
      usage: { inputTokens: 321, outputTokens: 12, totalTokens: 333 },
    });
    const [request] = server.chatRequests();
    expect(request!.messages).toEqual([
      { role: "system", content: "rules" },
      { role: "user", content: "question" },
    ]);
    expect(request!.body.model).toBe("gpt-4o-mini");
    expect(request!.body.temperature).toBe(0.1);
    expect(logs).toEqual([
      expect.objectContaining({ event: "llm.call", purpose: "test", question: "q", outcome: "ok", attempts: 1, usage: { input: 321, output: 12, total: 333 } }),
    ]);
    expect(JSON.stringify(logs)).not.toContain("sk-test-key");
  });

  it("streams the text so far, and reads the usage of the last chunk", async () => {
    server.script(() => ({ text: "Kommunstyrelsen följer upp strategin [1]." }));
    const seen: string[] = [];
    const completion = await client.complete(prompt, { ...options(), onText: (t) => seen.push(t) });
    expect(completion).toEqual({ text: "Kommunstyrelsen följer upp strategin [1].", usage: { inputTokens: 100, outputTokens: 20, totalTokens: 120 } });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe("Kommunstyrelsen följer upp strategin [1].");
    seen.forEach((text, i) => i && expect(text.startsWith(seen[i - 1]!)).toBe(true));
    expect(server.chatRequests()[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("tries a server error once more, then gives up", async () => {
    server.script(() => ({ status: 500 }));
    const error = await failure(client.complete(prompt, options()));
    expect(error.reason).toBe("error");
    expect(error.message).toContain("HTTP 500");
    expect(server.chatRequests()).toHaveLength(2);
  });

  it("succeeds when the second attempt does", async () => {
    let calls = 0;
    server.script(() => (++calls === 1 ? { status: 503 } : { text: "Svar [1]." }));
    await expect(client.complete(prompt, options())).resolves.toMatchObject({ text: "Svar [1]." });
    expect(logs.at(-1)).toMatchObject({ outcome: "ok", attempts: 2 });
  });

  it("does not wait out a rate limit that asks for longer than a few seconds", async () => {
    server.script(() => ({ status: 429, headers: { "retry-after": "30" } }));
    const error = await failure(client.complete(prompt, options()));
    expect(error.reason).toBe("rate-limited");
    expect(error.code).toBe("rate-limited");
    expect(server.chatRequests()).toHaveLength(1);
  });

  it("does not retry a request the server refuses", async () => {
    server.script(() => ({ status: 401, message: "bad key" }));
    expect((await failure(client.complete(prompt, options()))).reason).toBe("error");
    expect(server.chatRequests()).toHaveLength(1);
  });

  it("calls an empty reply a failure", async () => {
    server.script(() => ({ text: "  " }));
    expect((await failure(client.complete(prompt, options()))).reason).toBe("empty");
  });

  it("stops at the caller's deadline, also in the middle of a stream", async () => {
    server.script(() => ({ hang: true }));
    let started = Date.now();
    expect((await failure(client.complete(prompt, { ...options(), signal: AbortSignal.timeout(300) }))).reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(1_000);

    server.script(() => ({ text: "Halva svaret", stallAfter: true }));
    const seen: string[] = [];
    started = Date.now();
    const error = await failure(client.complete(prompt, { ...options(), signal: AbortSignal.timeout(300), onText: (t) => seen.push(t) }));
    expect(error.reason).toBe("timeout");
    expect(seen.at(-1)).toBe("Halva svaret");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("talks to an Azure deployment with api-version and api-key when OPENAI_API_VERSION is set", async () => {
    client = clientFor({ OPENAI_BASE_URL: server.origin, OPENAI_API_VERSION: "2024-10-21", OPENAI_CHAT_MODEL: "styrdok-chat" });
    await client.complete(prompt, options());
    const [request] = server.chatRequests();
    expect(request!.url).toBe("/openai/deployments/styrdok-chat/chat/completions?api-version=2024-10-21");
    expect(request!.headers["api-key"]).toBe("sk-test-key-123456");
  });

  it("leaves the temperature to reasoning models", async () => {
    client = clientFor({ OPENAI_CHAT_MODEL: "o4-mini" });
    await client.complete(prompt, options());
    expect(server.chatRequests()[0]!.body).not.toHaveProperty("temperature");
  });
});

describe("visibleText", () => {
  it("drops a reasoning model's <think> block, finished or not", () => {
    expect(visibleText("<think>\nhmm [9]\n</think>\n\nSvar [1].")).toBe("Svar [1].");
    expect(visibleText("<think>still thinking")).toBe("");
  });
});
