import { describe, expect, it } from "vitest";
import { expandQuery, glossaryEntries } from "../../../src/language/glossary";

const english = (question: string) => expandQuery(question).matches.map((m) => m.english);

describe("the glossary", () => {
  it("has several hundred entries, each with a Swedish side", () => {
    expect(glossaryEntries().length).toBeGreaterThanOrEqual(400);
    for (const entry of glossaryEntries()) expect(entry.swedish.length, entry.english).toBeGreaterThan(0);
  });
});

describe("expandQuery", () => {
  it("matches the longest phrase first", () => {
    const { matches } = expandQuery("What does the municipal executive board decide?");
    expect(matches[0]).toMatchObject({ english: "municipal executive board", swedish: ["kommunstyrelsen"] });
    expect(english("the municipal council")).toEqual(["municipal council"]);
  });

  it("handles English inflections and hyphens", () => {
    for (const question of ["who follows up?", "who followed up?", "following up the work", "a follow-up"]) {
      expect(expandQuery(question).swedishTerms, question).toContain("uppföljning");
    }
    expect(expandQuery("twin towns").swedishTerms).toContain("vänort");
    expect(expandQuery("Which policies apply?").swedishTerms).toContain("riktlinje");
  });

  it("gives offsets into the question", () => {
    const question = "who follows up international work in Växjö?";
    for (const match of expandQuery(question).matches) {
      expect(question.slice(match.start, match.end)).toBe(match.english);
    }
    expect(english(question)).toEqual(["follows up", "international work"]);
  });

  it("lists each Swedish phrase once, in question order", () => {
    const { swedishTerms } = expandQuery("external funding and EU funding");
    expect(swedishTerms.slice(0, 2)).toEqual(["extern finansiering", "externfinansiering"]);
    expect(new Set(swedishTerms).size).toBe(swedishTerms.length);
  });

  it("matches phrases across a possessive but not across punctuation", () => {
    expect(english("children's rights")).toEqual(["children's rights"]);
    expect(english("elderly, care")).toEqual(["elderly", "care"]);
  });

  it("does not read the pronoun 'it' as IT", () => {
    expect(english("Does it cover IT?")).toEqual(["IT"]);
  });

  it("finds nothing in a question without glossary words", () => {
    expect(expandQuery("hej hopp")).toEqual({ swedishTerms: [], matches: [] });
  });
});
