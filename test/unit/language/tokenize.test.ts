import { describe, expect, it } from "vitest";
import { analyzeTerms } from "../../../src/language/analyzer";
import { tokenize } from "../../../src/language/tokenize";

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe("tokenize", () => {
  it("gives words with offsets into the original text", () => {
    const text = "Vi arbetar  internationellt.";
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(norms(text)).toEqual(["vi", "arbetar", "internationellt"]);
  });

  it("keeps reference numbers, dates and ranges whole", () => {
    const tokens = tokenize("Dnr KS/2012:935 och Kst/2015:566, beslut 2020-12-31 § 72/2016 för 2018–2020.");
    const ids = tokens.filter((t) => t.kind === "id").map((t) => t.norm);
    expect(ids).toEqual(["ks/2012:935", "kst/2015:566", "2020-12-31", "72/2016", "2018-2020"]);
  });

  it("reads digit groups as one number but never merges a year with what follows", () => {
    expect(tokenize("visionen om 200 000 medborgare").find((t) => t.kind === "number")?.norm).toBe("200000");
    expect(tokenize("1 250 000 kronor")[0]?.norm).toBe("1250000");
    expect(tokenize("200,000 inhabitants")[0]?.norm).toBe("200000");
    expect(norms("år 2018 200 personer")).toEqual(["år", "2018", "200", "personer"]);
    expect(tokenize("2,5 procent")[0]).toMatchObject({ norm: "2,5", kind: "number" });
  });

  it("reads a unit sign as the word it stands for, with its own offsets", () => {
    const text = "Kylvaror högst +8°C, maten minst 60 °C och 75 % av personalen.";
    const tokens = tokenize(text);
    expect(norms(text)).toEqual(["kylvaror", "högst", "8", "grader", "maten", "minst", "60", "grader", "och", "75", "procent", "av", "personalen"]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(analyzeTerms("höll bara 52 grader")).toContain(analyzeTerms("under +55°C").at(-1));
    expect(norms("en C-uppsats")).toEqual(["en", "c", "uppsats"]);
  });

  it("splits hyphenated words into joined components", () => {
    const tokens = tokenize("EU-projekt i Malung-Sälen");
    expect(tokens.map((t) => [t.norm, t.joined])).toEqual([
      ["eu", false],
      ["projekt", true],
      ["i", false],
      ["malung", false],
      ["sälen", true],
    ]);
  });

  it("splits a number from a word hyphenated to it", () => {
    expect(tokenize("Agenda 2030-arbetet").map((t) => [t.norm, t.kind])).toEqual([
      ["agenda", "word"],
      ["2030", "number"],
      ["arbetet", "word"],
    ]);
  });

  it("keeps abbreviations whole so they leave no fragments", () => {
    expect(norms("t.ex. nätverk, bl.a. EU och m.m. Slut.")).toEqual(["t.ex", "nätverk", "bl.a", "eu", "och", "m.m", "slut"]);
  });

  it("drops genitive endings after a colon or apostrophe", () => {
    expect(norms("EU:s mål och Umeå's plan")).toEqual(["eu", "mål", "och", "umeå", "plan"]);
  });

  it("keeps English contractions whole, with a plain apostrophe, so they are stop words", () => {
    expect(norms("they won’t say, I'm sure we've")).toEqual(["they", "won't", "say", "i'm", "sure", "we've"]);
    expect(analyzeTerms("Someone won't give their name")).toEqual(analyzeTerms("Someone give their name"));
  });

  it("marks capitalised words", () => {
    expect(tokenize("Mark och mark").map((t) => t.capitalized)).toEqual([true, false, false]);
  });

  it("returns nothing for text without words", () => {
    expect(tokenize(" – , . ")).toEqual([]);
  });
});
