import { afterEach, describe, expect, it } from "vitest";
import { courtesyAnswer, courtesyOf } from "../../../src/answer/courtesy";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

describe("courtesyOf", () => {
  it("reads thanks and greetings in either language, with what goes with them", () => {
    for (const message of ["tack!", "Tack så mycket för hjälpen!", "ok, tack", "tusen tack 🙏", "tackar"]) {
      expect(courtesyOf(message), message).toEqual({ kind: "thanks", language: "sv" });
    }
    for (const message of ["thanks!", "Thank you so much", "great, thanks for the help", "thx"]) {
      expect(courtesyOf(message), message).toEqual({ kind: "thanks", language: "en" });
    }
    for (const message of ["hej", "Hejsan!", "god morgon", "hjälp!"]) {
      expect(courtesyOf(message), message).toEqual({ kind: "greeting", language: "sv" });
    }
    expect(courtesyOf("Hi there")).toEqual({ kind: "greeting", language: "en" });
    expect(courtesyOf("help me please")).toEqual({ kind: "greeting", language: "en" });
    expect(courtesyOf("vad kan du svara på?")).toEqual({ kind: "greeting", language: "sv" });
    expect(courtesyOf("What can you help me with?")).toEqual({ kind: "greeting", language: "en" });
    expect(courtesyOf("what can you answer questions about?")).toEqual({ kind: "greeting", language: "en" });
  });

  it("leaves anything that asks about something", () => {
    for (const message of [
      "tack vare vad sänks avgiften?",
      "hej, vem ansvarar för uppföljningen?",
      "thanks, and what about Gävle?",
      "hjälp med inköp?",
      "ok",
      "tacka nej till hemtjänst",
      "tack tack tack tack tack tack tack tack tack",
      "vad kan du säga om vänorter?",
      "what can you tell me about fees?",
    ]) {
      expect(courtesyOf(message), message).toBeNull();
    }
  });
});

describe("courtesyAnswer", () => {
  it("answers a greeting with what to ask and the municipalities, without citations", () => {
    const answer = courtesyAnswer("hej", () => ["Gävle", "Umeå", "Växjö"])!;
    expect(answer).toMatchObject({ abstained: true, citations: [], language: "sv" });
    expect(answer.answer).toBe("Hej! Fråga mig om styrdokumenten, så svarar jag med citat ur dem. Jag har styrdokument från Gävle, Umeå och Växjö.");
    expect(courtesyAnswer("vem följer upp arbetet?", () => ["Gävle"])).toBeNull();
  });

  it("is what the engine answers thanks with, not passages nor the question before it", async () => {
    runtime = await tempRuntime({ indexed: true });
    const answer = await runtime.engine.ask("thanks!", { previousQuestion: "who follows up the international work in Växjö?" });
    expect(answer).toMatchObject({ abstained: true, citations: [], language: "en", question: "thanks!" });
    expect(answer.answer).toMatch(/^You're welcome!/);
  });
});
