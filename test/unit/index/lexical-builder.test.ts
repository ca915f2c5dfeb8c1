import { describe, expect, it } from "vitest";
import { LexicalIndex } from "../../../src/index/lexical";
import { LexicalBuilder } from "../../../src/index/lexical-builder";

const before = [
  ["kommunstyrelsen", "följa", "upp", "strategi", "strategi"],
  ["nämnd", "rapportera", "årsrapport"],
  ["vänort", "samarbete", "vänort"],
  ["strategi"],
];

function arrays(index: LexicalIndex) {
  return { header: index.header, terms: index.terms(), forward: index.forward() };
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
