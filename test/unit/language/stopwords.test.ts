import { describe, expect, it } from "vitest";
import { isSearchStopword, questionWords, stopwords } from "../../../src/language/stopwords";

describe("stop words", () => {
  it("loads the Snowball lists with their extensions", () => {
    expect(stopwords("sv").has("och")).toBe(true);
    expect(stopwords("sv").has("ska")).toBe(true);
    expect(stopwords("en").has("the")).toBe(true);
    expect(stopwords("sv").has("kommun")).toBe(false);
  });

  it("treats the gender-neutral pronoun like han and hon", () => {
    for (const word of ["han", "hon", "hen", "hens", "henom"]) expect(stopwords("sv").has(word), word).toBe(true);
  });

  it("treats the restricting adverbs like the connectives: bara, endast, enbart", () => {
    for (const word of ["bara", "endast", "enbart"]) expect(isSearchStopword(word), word).toBe(true);
    expect(isSearchStopword("uteslutande")).toBe(false);
  });

  it("drops the indefinite words and chat filler of typed English questions: one, another, none, ok", () => {
    for (const word of ["one", "another", "none", "else", "though", "ok", "okay"]) expect(isSearchStopword(word), word).toBe(true);
    expect(isSearchStopword("owner")).toBe(false);
  });

  it("exports question words separately", () => {
    expect([...questionWords("sv")]).toEqual(expect.arrayContaining(["vem", "vad", "hur", "vilka"]));
    expect([...questionWords("en")]).toEqual(expect.arrayContaining(["who", "what", "which", "how"]));
    expect(questionWords("sv").has("och")).toBe(false);
  });

  it("drops both languages and ASCII spellings at search time", () => {
    expect(isSearchStopword("vem")).toBe(true);
    expect(isSearchStopword("what")).toBe(true);
    expect(isSearchStopword("nar")).toBe(true);
    expect(isSearchStopword("t.ex")).toBe(true);
    expect(isSearchStopword("strategi")).toBe(false);
  });
});
