/**
 * LLM answers end to end: a real engine over the corpus, the real ChatOpenAI client, and a local
 * OpenAI-compatible server scripted per test — to answer well, to cite a passage it was not given,
 * to fail, to rate-limit, to answer nothing, and to hang.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Answer } from "../../src/domain";
import { createLogger } from "../../src/log";
import { startOpenAIServer, type ChatRequest, type OpenAITestServer } from "../helpers/openai-server";
import { tempRuntime, type TempRuntime } from "../helpers/runtime";

const TIMEOUT_MS = 1_500;
const QUESTION = "who follows up international work in Växjö?";

let server: OpenAITestServer;
let rt: TempRuntime;
let logs: Record<string, unknown>[];

function purposeOf(request: ChatRequest): "answer" | "follow-up" | "search-terms" {
  const system = request.messages[0]!.content;
  if (system.startsWith("You rewrite a follow-up")) return "follow-up";
  if (system.startsWith("You help search")) return "search-terms";
  return "answer";
}

/** The passages a request gave the model, as [n, text]. */
function passagesSent(request: ChatRequest): [number, string][] {
  const user = request.messages[1]!.content;
  return [...user.matchAll(/<passage n="(\d+)"[^>]*>\n([\s\S]*?)\n<\/passage>/g)].map((m) => [Number(m[1]), m[2]!]);
}

function expectVerbatimQuotes(answer: Answer): void {
  const texts = rt.engine.index().texts;
  for (const c of answer.citations) expect(texts[c.docId]).toContain(c.quote);
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

beforeAll(async () => {
  server = await startOpenAIServer();
  logs = [];
  const logger = createLogger({ level: "debug", write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  rt = await tempRuntime({
    env: { OPENAI_API_KEY: "sk-test-key-123456", OPENAI_BASE_URL: server.baseUrl, OPENAI_TIMEOUT_MS: String(TIMEOUT_MS) },
    logger,
    indexed: true,
  });
});

afterAll(async () => {
  await server.close();
  rt.cleanup();
});

beforeEach(() => {
  server.reset();
  logs.length = 0;
});

describe("a model that answers well", () => {
  it("gets the question and the top five passages, and its text is the answer", async () => {
    server.script(() => ({ text: "Kommunstyrelsen följer upp strategin minst en gång per mandatperiod [3]. Nämnderna följer upp sitt arbete [2]." }));
    const answer = await rt.engine.ask(QUESTION);

    const [request] = server.chatRequests();
    expect(server.chatRequests()).toHaveLength(1);
    expect(request!.stream).toBe(false);
    expect(request!.messages[0]!.content).toContain("- Answer in English");
    expect(request!.messages[1]!.content).toContain(`<question>\n${QUESTION}\n</question>`);
    expect(passagesSent(request!)).toEqual(answer.passages.slice(0, 5).map((p, i) => [i + 1, p.text]));

    expect(answer.abstained).toBe(false);
    expect(answer.answer).toBe("Kommunstyrelsen följer upp strategin minst en gång per mandatperiod [1]. Nämnderna följer upp sitt arbete [2].");
    expect(answer.citations.map((c) => c.n)).toEqual([1, 2]);
    // Each quote is a sentence of the passage cited, in the order the text cites them.
    expect(answer.citations.map((c) => c.section)).toEqual([answer.passages[2]!.section, answer.passages[1]!.section]);
    expect(answer.passages[2]!.text).toContain(answer.citations[0]!.quote);
    expect(answer.passages[1]!.text).toContain(answer.citations[1]!.quote);
    expectVerbatimQuotes(answer);
    expect(answer.warnings).toEqual([]);
  });

  it("is asked to answer a Swedish question in Swedish", async () => {
    server.script(() => ({ text: "Kommunstyrelsen [1]." }));
    await rt.engine.ask("vem följer upp det internationella arbetet i Växjö?");
    expect(server.chatRequests()[0]!.messages[0]!.content).toContain("- Answer in Swedish");
  });

  it("logs the tokens the answer used, with the question", async () => {
    server.script(() => ({ text: "Kommunstyrelsen [1].", usage: { prompt_tokens: 812, completion_tokens: 9 } }));
    await rt.engine.ask(QUESTION);
    expect(logs.find((l) => l.event === "llm.answer")).toMatchObject({
      question: QUESTION,
      outcome: "ok",
      cited: ["vaxjo-internationell-strategi-2013"],
      usage: { input: 812, output: 9, total: 821 },
    });
  });

  it("does not call the model when the documents do not answer", async () => {
    const answer = await rt.engine.ask("what does Kiruna say about snow clearing?");
    expect(answer.abstained).toBe(true);
    expect(server.chatRequests()).toHaveLength(0);
  });
});

describe("citations", () => {
  it("keeps only citations of passages that were given", async () => {
    server.script(() => ({ text: "Kommunstyrelsen följer upp strategin [9]. Det görs varje mandatperiod [3][9]." }));
    const answer = await rt.engine.ask(QUESTION);
    expect(answer.answer).toBe("Kommunstyrelsen följer upp strategin. Det görs varje mandatperiod [1].");
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]).toMatchObject({ n: 1, section: answer.passages[2]!.section });
    expectVerbatimQuotes(answer);
    expect(logs.find((l) => l.event === "llm.answer")).toMatchObject({ outcome: "ok", removedCitations: [9] });
  });

  it("falls back to the extractive answer when no citation is valid", async () => {
    server.script(() => ({ text: "Kommunstyrelsen följer upp strategin [9]." }));
    const answer = await rt.engine.ask(QUESTION);
    expect(answer.answer).toMatch(/^According to Internationell strategi för Växjö kommun/);
    expect(answer.warnings).toEqual(["The language model's answer cited none of the documents, so this answer quotes the documents directly."]);
    expectVerbatimQuotes(answer);
  });
});

describe("fallbacks", () => {
  let offline: Answer;

  beforeAll(async () => {
    const plain = await tempRuntime({ indexed: true });
    offline = await plain.engine.ask(QUESTION);
    plain.cleanup();
  });

  const cases = [
    { name: "a server error", reply: { status: 500 }, note: "The language model returned an error", attempts: 2 },
    { name: "a rate limit", reply: { status: 429 }, note: "The language model is busy right now", attempts: 2 },
    { name: "an empty reply", reply: { text: "" }, note: "The language model gave an empty answer", attempts: 1 },
  ] as const;

  for (const c of cases) {
    it(`answers offline, with a note, after ${c.name}`, async () => {
      server.script(() => c.reply);
      const answer = await rt.engine.ask(QUESTION);
      expect({ ...answer, warnings: [] }).toEqual({ ...offline, warnings: [] });
      expect(answer.warnings).toEqual([...offline.warnings, `${c.note}, so this answer quotes the documents directly.`]);
      expect(server.chatRequests()).toHaveLength(c.attempts);
    });
  }

  it("answers offline within the time limit when the server never answers", async () => {
    server.script(() => ({ hang: true }));
    const [answer, ms] = await timed(() => rt.engine.ask(QUESTION));
    expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(answer.answer).toBe(offline.answer);
    expect(answer.warnings).toEqual(["The language model did not answer in time, so this answer quotes the documents directly."]);
  });

  it("says so in Swedish for a Swedish question", async () => {
    server.script(() => ({ status: 500 }));
    const answer = await rt.engine.ask("vem följer upp det internationella arbetet i Växjö?");
    expect(answer.warnings.at(-1)).toBe("Språkmodellen svarade med ett fel, så svaret citerar dokumenten direkt.");
  });
});

describe("streaming", () => {
  it("calls onPartialAnswer with the checked text so far, and checks the final answer", async () => {
    server.script(() => ({ text: "Kommunstyrelsen följer upp strategin [9][3], minst en gång per mandatperiod [3]." }));
    const partial: string[] = [];
    const answer = await rt.engine.ask(QUESTION, { onPartialAnswer: (text) => partial.push(text) });
    expect(server.chatRequests()[0]).toMatchObject({ stream: true, body: { stream_options: { include_usage: true } } });
    expect(partial.length).toBeGreaterThan(3);
    expect(partial.some((t) => t.includes("[9]"))).toBe(false);
    expect(partial.at(-1)).toBe("Kommunstyrelsen följer upp strategin [1], minst en gång per mandatperiod [1].");
    expect(answer.answer).toBe(partial.at(-1));
    expect(answer.citations).toHaveLength(1);
  });

  it("keeps the answer when showing a partial answer fails", async () => {
    server.script(() => ({ text: "Kommunstyrelsen följer upp strategin [2]." }));
    const answer = await rt.engine.ask(QUESTION, {
      onPartialAnswer: () => {
        throw new Error("message_not_found");
      },
    });
    expect(answer.answer).toBe("Kommunstyrelsen följer upp strategin [1].");
    expect(logs.some((l) => l.event === "llm.partial-answer-failed")).toBe(true);
  });

  it("falls back within the time limit when a stream stops halfway", async () => {
    server.script(() => ({ text: "Kommunstyrelsen följer", stallAfter: true }));
    const partial: string[] = [];
    const [answer, ms] = await timed(() => rt.engine.ask(QUESTION, { onPartialAnswer: (text) => partial.push(text) }));
    expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(partial.at(-1)).toBe("Kommunstyrelsen följer");
    expect(answer.answer).toMatch(/^According to/);
    expect(answer.warnings).toEqual(["The language model did not answer in time, so this answer quotes the documents directly."]);
  });
});

describe("follow-up questions", () => {
  const previousQuestion = "vem följer upp det internationella arbetet i Växjö?";

  it("are made standalone by the model", async () => {
    server.script((request) =>
      purposeOf(request) === "follow-up" ? { text: "Vem följer upp det internationella arbetet i Gävle?" } : { text: "Kommunstyrelsen [1]." },
    );
    const answer = await rt.engine.ask("och i Gävle?", { previousQuestion });
    const [rewrite, written] = server.chatRequests();
    expect(purposeOf(rewrite!)).toBe("follow-up");
    expect(rewrite!.messages[1]!.content).toContain(`<earlier_question>\n${previousQuestion}\n</earlier_question>\n<follow_up>\noch i Gävle?\n</follow_up>`);
    expect(answer.question).toBe("Vem följer upp det internationella arbetet i Gävle?");
    expect(written!.messages[1]!.content).toContain("<question>\nVem följer upp det internationella arbetet i Gävle?\n</question>");
    expect(answer.passages[0]!.municipality).toBe("Gävle");
  });

  it("are made standalone offline when the model fails", async () => {
    server.script((request) => (purposeOf(request) === "follow-up" ? { status: 400 } : { text: "Kommunstyrelsen [1]." }));
    const answer = await rt.engine.ask("och i Gävle?", { previousQuestion });
    expect(answer.question).toBe("vem följer upp det internationella arbetet i Gävle?");
    expect(answer.answer).toBe("Kommunstyrelsen [1].");
  });

  it("share one time limit with the answer", async () => {
    server.script(() => ({ hang: true }));
    const [answer, ms] = await timed(() => rt.engine.ask("och i Gävle?", { previousQuestion }));
    expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(answer.question).toBe("vem följer upp det internationella arbetet i Gävle?");
    expect(answer.warnings.at(-1)).toBe("Språkmodellen svarade inte i tid, så svaret citerar dokumenten direkt.");
  });
});

describe("query help", () => {
  it("is off by default: no search-terms request", async () => {
    server.script(() => ({ text: "Kommunstyrelsen [1]." }));
    await rt.engine.ask(QUESTION);
    expect(server.chatRequests().map(purposeOf)).toEqual(["answer"]);
  });

  it("when on, asks for Swedish search terms for English questions only, and survives a failure", async () => {
    const helped = await tempRuntime({
      root: rt.root,
      env: { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: server.baseUrl, OPENAI_TIMEOUT_MS: String(TIMEOUT_MS), OPENAI_QUERY_HELP: "on" },
    });
    server.script((request) => (purposeOf(request) === "search-terms" ? { text: "uppföljning, kommunstyrelsen, Växjö" } : { text: "Kommunstyrelsen [1]." }));
    await helped.engine.ask(QUESTION);
    const [terms] = server.chatRequests();
    expect(purposeOf(terms!)).toBe("search-terms");
    expect(terms!.messages[1]!.content).toBe(`<question>\n${QUESTION}\n</question>\n\nSwedish search terms:`);

    server.reset();
    await helped.engine.ask("vem följer upp det internationella arbetet i Växjö?");
    expect(server.chatRequests().map(purposeOf)).toEqual(["answer"]);

    server.reset();
    server.script((request) => (purposeOf(request) === "search-terms" ? { status: 500 } : { text: "Kommunstyrelsen [1]." }));
    const answer = await helped.engine.ask(QUESTION);
    expect(answer.answer).toBe("Kommunstyrelsen [1].");
  });
});
