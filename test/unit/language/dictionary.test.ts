import { describe, expect, it } from "vitest";
import { dictionaryWords, swedishWords } from "../../../src/language/dictionary";
import { createLanguageKit } from "../../../src/language/kit";

describe("the Swedish dictionary for compound splitting", () => {
  it("reads a hunspell .dic file: words without flags, lower-case, five letters or more, also without å/ä/ö", () => {
    const words = dictionaryWords("6\nhögskolepoäng/ABDvY\nmobil/ADHOQXY\nStockholm/X\nras/A\ndata\n3-dimensionell/A\n");
    expect([...words].sort()).toEqual(["hogskolepoang", "högskolepoäng", "mobil"]);
  });

  it("loads the installed dictionary once, with everyday Swedish words in it", () => {
    const words = swedishWords();
    expect(words.size).toBeGreaterThan(100_000);
    expect(words.has("temperatur")).toBe(true);
    expect(swedishWords()).toBe(words);
  });

  it("lets the analyzer split compounds the built-in lexicon lacks", () => {
    const kit = createLanguageKit();
    const term = (word: string) => kit.analyzer.terms(word)[0]!;
    expect(kit.analyzer.terms("jobbmobilerna")).toEqual(expect.arrayContaining([term("jobb"), term("mobil")]));
    expect(kit.analyzer.terms("kärntemperaturen")).toContain(term("temperatur"));
    expect(kit.analyzer.terms("temperaturen")).toEqual([term("temperatur")]);
  });
});
