/**
 * EMBEDDINGS=openai against a local OpenAI-compatible server: the same base URL as chat, floats
 * asked for explicitly, and an index built with other embeddings refused until it is reindexed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStyrdokError } from "../../src/errors";
import { EMBEDDING_DIMENSIONS, startOpenAIServer, type OpenAITestServer } from "../helpers/openai-server";
import { tempRuntime } from "../helpers/runtime";

let server: OpenAITestServer;
const QUESTION = "vem följer upp det internationella arbetet i Växjö?";

beforeAll(async () => {
  server = await startOpenAIServer();
});
afterAll(() => server.close());

function openaiEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { EMBEDDINGS: "openai", OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: server.baseUrl, OPENAI_EMBEDDING_MODEL: "test-embed", ...extra };
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isStyrdokError(error, "index-incompatible")).toBe(true);
  return (error as Error).message;
}

describe("OpenAI-compatible embeddings", () => {
  it("index and search through the server's /embeddings, asking for floats", async () => {
    server.reset();
    const rt = await tempRuntime({ env: openaiEnv() });
    try {
      await rt.engine.reindex();
      const embeddingRequests = server.requests.filter((r) => r.url === "/v1/embeddings");
      expect(embeddingRequests.length).toBeGreaterThan(1);
      for (const r of embeddingRequests) expect(r.body).toMatchObject({ model: "test-embed", encoding_format: "float" });
      expect(rt.engine.index().manifest.embeddings).toEqual({ name: "openai:test-embed", dimensions: EMBEDDING_DIMENSIONS });
      const answer = await rt.engine.ask(QUESTION);
      expect(answer.passages[0]!.municipality).toBe("Växjö");
    } finally {
      rt.cleanup();
    }
  });

  it("are not asked for anything when the engine warms up at start", async () => {
    const rt = await tempRuntime({ env: openaiEnv() });
    try {
      await rt.engine.reindex();
      server.reset();
      await rt.engine.warmUp();
      expect(server.requests.filter((r) => r.url === "/v1/embeddings")).toEqual([]);
      await rt.engine.ask(QUESTION);
      expect(server.requests.filter((r) => r.url === "/v1/embeddings")).toHaveLength(1);
    } finally {
      rt.cleanup();
    }
  });

  it("reach an Azure deployment with api-version when OPENAI_API_VERSION is set", async () => {
    server.reset();
    const rt = await tempRuntime({
      copyCorpus: false,
      env: openaiEnv({ OPENAI_BASE_URL: server.origin, OPENAI_API_VERSION: "2024-10-21", OPENAI_EMBEDDING_MODEL: "styrdok-embed" }),
    });
    rt.cleanup();
    expect(server.requests[0]).toMatchObject({
      url: "/openai/deployments/styrdok-embed/embeddings?api-version=2024-10-21",
      body: { encoding_format: "float" },
    });
    expect(server.requests[0]!.headers["api-key"]).toBe("sk-test");
  });

  it("switching embeddings on an existing index is refused until npm run ingest", async () => {
    const local = await tempRuntime();
    try {
      await local.engine.reindex();
      const remote = await tempRuntime({ root: local.root, env: openaiEnv() });
      expect(await refusal(() => remote.engine.ask(QUESTION))).toMatch(
        /^Index built with other embeddings \(local-hash-v1-[^,]+, 256 dimensions; now openai:test-embed, 64\): run npm run ingest\.$/,
      );

      const report = await remote.engine.reindex();
      expect(report.added + report.updated).toBe(report.files.length);
      expect((await remote.engine.ask(QUESTION)).abstained).toBe(false);

      const back = await tempRuntime({ root: local.root });
      expect(await refusal(() => back.engine.ask(QUESTION))).toMatch(/^Index built with other embeddings \(openai:test-embed, 64 dimensions; now local-hash-v1-[^,]+, 256\): run npm run ingest\.$/);
    } finally {
      local.cleanup();
    }
  });
});
