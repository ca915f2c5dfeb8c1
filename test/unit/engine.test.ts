import { describe, expect, it } from "vitest";
import { cleanQuestion, shortenedWarning } from "../../src/engine";

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

describe("shortenedWarning", () => {
  it("warns, in the question's language, only when the cleaned question is over the limit", () => {
    expect(shortenedWarning("a".repeat(2000), 2000, "en")).toBeNull();
    expect(shortenedWarning("a ".repeat(1000) + "\u200b".repeat(50), 2000, "en")).toBeNull();
    expect(shortenedWarning("a".repeat(2001), 2000, "en")).toBe("The question was longer than 2,000 characters, so I searched on the first 2,000 only.");
    expect(shortenedWarning("a".repeat(2001), 2000, "sv")).toBe("Frågan var längre än 2 000 tecken, så jag sökte bara på de första 2 000.");
  });
});
