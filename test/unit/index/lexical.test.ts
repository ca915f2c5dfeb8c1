import path from "node:path";
import { describe, expect, it } from "vitest";
import { PassageFilter } from "../../../src/index/filter";
import { LexicalIndex } from "../../../src/index/lexical";
import { LexicalBuilder } from "../../../src/index/lexical-builder";
import { tempDir } from "../../helpers/runtime";

const passages = [
  ["kommunstyrelsen", "följa", "upp", "strategi"],
  ["nämnd", "rapportera", "årsrapport", "strategi"],
  ["vänort", "samarbete", "vänort"],
  ["strategi"],
];

describe("LexicalIndex", () => {
  const index = LexicalBuilder.fromTerms(passages);

  it("ranks passages by BM25: rare terms and repeated terms count more", () => {
    const hits = index.search([{ term: "vänort", weight: 1 }, { term: "strategi", weight: 1 }], 10);
    expect(hits[0]!.ordinal).toBe(2);
    expect(hits.map((h) => h.ordinal).sort()).toEqual([0, 1, 2, 3]);
    expect(index.idf("vänort")).toBeGreaterThan(index.idf("strategi"));
  });

  it("applies weights and filters, and can be searched again with the same result", () => {
    const query = [{ term: "kommunstyrelsen", weight: 1 }, { term: "nämnd", weight: 2 }];
    const first = index.search(query, 10);
    expect(first[0]!.ordinal).toBe(1);
    expect(index.search(query, 10)).toEqual(first);
    expect(index.search(query, 10, PassageFilter.fromRanges([{ start: 0, end: 1 }, { start: 2, end: 4 }])).map((h) => h.ordinal)).toEqual([0]);
    expect(index.search([{ term: "saknas", weight: 1 }], 10)).toEqual([]);
  });

  it("counts the passages of a range that have a term", () => {
    expect(index.countIn("strategi", 0, 4)).toBe(3);
    expect(index.countIn("strategi", 1, 3)).toBe(1);
    expect(index.countIn("vänort", 0, 2)).toBe(0);
    expect(index.countIn("saknas", 0, 4)).toBe(0);
  });

  it("saves and loads to identical results", () => {
    const dir = tempDir();
    index.save(path.join(dir, "l.bin"), path.join(dir, "v.json"));
    const loaded = LexicalIndex.load(path.join(dir, "l.bin"), path.join(dir, "v.json"), index.header);
    const query = [{ term: "strategi", weight: 1 }, { term: "upp", weight: 0.5 }];
    expect(loaded.search(query, 10)).toEqual(index.search(query, 10));
    expect(loaded.documentFrequency("strategi")).toBe(3);
  });
});
