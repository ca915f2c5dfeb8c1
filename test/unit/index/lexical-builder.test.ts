import path from "node:path";
import { describe, expect, it } from "vitest";
import { LexicalIndex } from "../../../src/index/lexical";
import { LexicalBuilder } from "../../../src/index/lexical-builder";
import { tempDir } from "../../helpers/runtime";

const before = [
  ["kommunstyrelsen", "följa", "upp", "strategi", "strategi"],
  ["nämnd", "rapportera", "årsrapport"],
  ["vänort", "samarbete", "vänort"],
  ["strategi"],
];

function arrays(index: LexicalIndex) {
  const words = Array.from({ length: index.passageCount }, (_, p) => index.words(p));
  return { header: index.header, terms: index.terms(), forward: index.forward(), words };
}

describe("LexicalBuilder", () => {
  it("keeps passages of a previous index without their text, as if they had been analysed again", () => {
    const previous = LexicalBuilder.fromTerms(before);
    const after = [before[0]!, ["ny", "policy", "vänort"], before[2]!, before[3]!, ["ärende", "nämnd"]];
    const builder = new LexicalBuilder();
    builder.addKept(previous, 0);
    builder.addTerms(after[1]!);
    builder.addKept(previous, 2);
    builder.addKept(previous, 3);
    builder.addTerms(after[4]!);
    const incremental = builder.build();
    expect(arrays(incremental)).toEqual(arrays(LexicalBuilder.fromTerms(after)));
    const query = [{ term: "vänort", weight: 1 }, { term: "nämnd", weight: 1 }];
    expect(incremental.search(query, 10)).toEqual(LexicalBuilder.fromTerms(after).search(query, 10));
  });

  it("keeps each passage's words (terms but compound parts) in order, through save and load", () => {
    const builder = new LexicalBuilder();
    builder.addTerms(["eu-projekt", "eu", "projekt", "rapporteras", "årligen"], ["eu-projekt", "rapporteras", "årligen"]);
    builder.addTerms(["vänort"]);
    // An empty passage makes the 16-bit arrays end off a 4-byte boundary: the file pads them.
    builder.addTerms([]);
    const index = builder.build();
    expect(index.words(0)).toEqual(["eu-projekt", "rapporteras", "årligen"]);
    expect(index.contains("projekt", 0)).toBe(true);
    expect(index.contains("projekt", 1)).toBe(false);
    const kept = new LexicalBuilder();
    kept.addKept(index, 1);
    kept.addKept(index, 0);
    expect(kept.build().words(1)).toEqual(["eu-projekt", "rapporteras", "årligen"]);
    const dir = tempDir();
    index.save(path.join(dir, "l.bin"), path.join(dir, "v.json"));
    const loaded = LexicalIndex.load(path.join(dir, "l.bin"), path.join(dir, "v.json"), index.header);
    expect(arrays(loaded)).toEqual(arrays(index));
  });

  it("reads back each passage's terms and frequencies", () => {
    const index = LexicalBuilder.fromTerms(before);
    const { starts, termIds, tfs } = index.forward();
    const passage = (p: number) =>
      Object.fromEntries(Array.from(termIds.subarray(starts[p], starts[p + 1]), (id, i) => [index.terms()[id], tfs[starts[p]! + i]]));
    expect(passage(0)).toEqual({ följa: 1, kommunstyrelsen: 1, strategi: 2, upp: 1 });
    expect(passage(2)).toEqual({ samarbete: 1, vänort: 2 });
    expect(index.passageLength(0)).toBe(5);
  });
});
