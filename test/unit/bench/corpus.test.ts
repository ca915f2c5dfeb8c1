import path from "node:path";
import { describe, expect, it } from "vitest";
import { benchMunicipalities, pagesOf, readSources, syntheticDocument } from "../../../src/bench/corpus";
import { benchQuestions } from "../../../src/bench/questions";
import { findMunicipalities } from "../../../src/language/municipalities";

const sources = readSources(path.resolve(import.meta.dirname, "../../../corpus"));
const municipalities = benchMunicipalities();

describe("bench corpus", () => {
  it("makes the same document i every time, issued by another municipality", () => {
    const doc = syntheticDocument(42, sources, municipalities);
    expect(syntheticDocument(42, readSources(path.resolve(import.meta.dirname, "../../../corpus")), benchMunicipalities())).toEqual(doc);
    expect(doc.municipality).toBe(municipalities[42]);
    expect(doc.fileName).toMatch(/-00042\.txt$/);
    expect(doc.text.split("\n")[0]).toContain(`${doc.municipality} kommun`);
    expect(doc.text).not.toMatch(/Växjö|Gävle|Umeå|Örnsköldsvik|Väsby/);
  });

  it("asks about municipalities that have documents in the 100-document corpus", () => {
    const first100 = new Set(municipalities.slice(0, 100));
    const named = benchQuestions(municipalities).flatMap((q) => findMunicipalities(q).map((m) => m.name));
    expect(named.length).toBeGreaterThan(10);
    expect(named.every((m) => first100.has(m))).toBe(true);
  });

  it("cuts a text into pages at paragraph breaks", () => {
    expect(pagesOf("a a a\n\nb b b\n\nc", 8)).toEqual(["a a a", "b b b\n\nc"]);
  });
});
