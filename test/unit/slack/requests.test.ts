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

  it("reads a message that only thanks as thanks, and one that only greets as a request for help", () => {
    expect(parseRequest("tack så mycket!")).toEqual({ kind: "thanks", language: "sv" });
    expect(parseRequest("thanks a lot")).toEqual({ kind: "thanks", language: "en" });
    expect(parseRequest("Hej!")).toEqual({ kind: "help", language: "sv" });
    expect(parseRequest("hej, vem följer upp arbetet?")).toEqual({ kind: "question", question: "hej, vem följer upp arbetet?" });
  });

  it("shows the help for text without a letter or digit: punctuation, emoji, invisible characters", () => {
    for (const text of ["?!?!...", "👍🏽 🏛️", "\u200b\u200d"]) expect(parseRequest(text)).toEqual({ kind: "help", language: "sv" });
  });
});
