import { describe, expect, it } from "vitest";
import { cleanQuestion } from "../../src/engine";

describe("cleanQuestion", () => {
  it("turns control characters into spaces and removes invisible ones and lone surrogate halves", () => {
    expect(cleanQuestion("vem\u0000följer\u0007upp\u001b[31m\u0085strategin?\u2028", 2000)).toBe("vem följer upp [31m strategin?");
    expect(cleanQuestion("v\u200bem f\u200döljer u\u200cpp str\ufeffategin, \u202eöjxäV\u202c \ud800i Växjö?\udc00", 2000)).toBe("vem följer upp strategin, öjxäV i Växjö?");
  });

  it("caps the length without leaving half a surrogate pair", () => {
    expect(cleanQuestion("a".repeat(9) + "🏛️", 10)).toBe("a".repeat(9));
  });

  it("refuses a question without a letter or digit", () => {
    for (const raw of ["", "   ", "?!?!...", "\u200b\ufeff", "👍🏽"]) {
      expect(() => cleanQuestion(raw, 2000)).toThrow("Ask a question, for example: who follows up international work in Växjö?");
    }
  });
});
