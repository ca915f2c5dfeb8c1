import { describe, expect, it } from "vitest";
import { parseRequest } from "../../../src/slack/requests";

describe("parseRequest", () => {
  it("knows the command words in Swedish and English", () => {
    expect(parseRequest("")).toEqual({ kind: "help", language: "sv" });
    expect(parseRequest(" Hjälp ")).toEqual({ kind: "help", language: "sv" });
    expect(parseRequest("help")).toEqual({ kind: "help", language: "en" });
    expect(parseRequest("dokument")).toEqual({ kind: "documents", language: "sv" });
    expect(parseRequest("DOCUMENTS")).toEqual({ kind: "documents", language: "en" });
    expect(parseRequest("reindex")).toEqual({ kind: "reindex", language: "sv" });
  });

  it("takes anything else as a question, whitespace collapsed", () => {
    expect(parseRequest("  vilka dokument  gäller i Umeå? ")).toEqual({ kind: "question", question: "vilka dokument gäller i Umeå?" });
    expect(parseRequest("help me find the EU strategy")).toEqual({ kind: "question", question: "help me find the EU strategy" });
  });

  it("shows the help for text without a letter or digit: punctuation, emoji, invisible characters", () => {
    for (const text of ["?!?!...", "👍🏽 🏛️", "\u200b\u200d"]) expect(parseRequest(text)).toEqual({ kind: "help", language: "sv" });
  });
});
