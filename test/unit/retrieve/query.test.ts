import { describe, expect, it } from "vitest";
import { createLanguageKit } from "../../../src/language/kit";
import { analyseQuery, TERM_WEIGHTS } from "../../../src/retrieve/query";

const kit = createLanguageKit();

describe("analyseQuery with search terms", () => {
  it("adds the terms like glossary expansions, without municipality names", () => {
    const plain = analyseQuery("who is responsible for twin towns in Umeå?", kit);
    const helped = analyseQuery("who is responsible for twin towns in Umeå?", kit, ["vänortsavtal", "Umeå kommun"]);
    const [term] = kit.queryTerms("vänortsavtal").filter((t) => t.kind === "word");
    expect(plain.terms.some((t) => t.term === term!.term)).toBe(false);
    expect(helped.terms).toContainEqual({ term: term!.term, weight: TERM_WEIGHTS.expansion });
    expect(helped.embeddingText).toContain("vänortsavtal");
    expect(helped.embeddingText).not.toContain("Umeå kommun");
    expect(helped.municipalities).toEqual(["Umeå"]);
  });
});
