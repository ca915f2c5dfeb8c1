import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";

describe("loadConfig: the LLM settings", () => {
  it("defaults to a 20 s time limit, no Azure api-version and no query help", () => {
    expect(loadConfig({ OPENAI_API_KEY: "sk-x" }).openai).toEqual({
      apiKey: "sk-x",
      baseUrl: undefined,
      chatModel: "gpt-4o-mini",
      embeddingModel: "text-embedding-3-small",
      timeoutMs: 20_000,
      apiVersion: undefined,
      queryHelp: false,
    });
  });

  it("reads the Azure api-version and query help", () => {
    const { openai } = loadConfig({
      OPENAI_API_KEY: "k",
      OPENAI_BASE_URL: "https://res.openai.azure.com",
      OPENAI_API_VERSION: "2024-10-21",
      OPENAI_QUERY_HELP: "on",
      OPENAI_TIMEOUT_MS: "5000",
    });
    expect(openai).toMatchObject({ apiVersion: "2024-10-21", queryHelp: true, timeoutMs: 5_000 });
  });

  it("says what is missing or wrong", () => {
    expect(() => loadConfig({ OPENAI_API_KEY: "k", OPENAI_API_VERSION: "2024-10-21" })).toThrow(
      "OPENAI_API_VERSION (Azure OpenAI deployments) needs OPENAI_BASE_URL, the resource endpoint such as https://RESOURCE.openai.azure.com.",
    );
    expect(() => loadConfig({ OPENAI_QUERY_HELP: "on" })).toThrow("OPENAI_QUERY_HELP=on needs OPENAI_API_KEY");
    expect(() => loadConfig({ OPENAI_API_KEY: "k", OPENAI_QUERY_HELP: "yes" })).toThrow("OPENAI_QUERY_HELP=yes is not valid: use one of off, on.");
    expect(() => loadConfig({ OPENAI_TIMEOUT_MS: "10" })).toThrow("OPENAI_TIMEOUT_MS=10 is not valid");
  });
});
