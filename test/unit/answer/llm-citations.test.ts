import { describe, expect, it } from "vitest";
import { checkCitations } from "../../../src/answer/llm-citations";

describe("checkCitations", () => {
  it("keeps valid markers and renumbers them in the order first cited", () => {
    expect(checkCitations("Kommunstyrelsen följer upp [3]. Nämnderna ansvarar [1][3].", 5)).toEqual({
      text: "Kommunstyrelsen följer upp [1]. Nämnderna ansvarar [2][1].",
      cited: [3, 1],
      removed: [],
    });
  });

  it("removes markers that name no passage given, and the gap they leave", () => {
    expect(checkCitations("Kommunstyrelsen följer upp [9]. Nämnderna ansvarar [2] [0].", 5)).toEqual({
      text: "Kommunstyrelsen följer upp. Nämnderna ansvarar [1].",
      cited: [2],
      removed: [9, 0],
    });
  });

  it("reads lists and ranges, keeping their valid numbers", () => {
    expect(checkCitations("A [1, 2]. B [2-4]. C [4; 7].", 5)).toEqual({
      text: "A [1][2]. B [2][3][4]. C [4].",
      cited: [1, 2, 3, 4],
      removed: [7],
    });
  });

  it("reports no citation when the text has none valid", () => {
    expect(checkCitations("Styrdokumenten svarar inte på det.", 5)).toEqual({ text: "Styrdokumenten svarar inte på det.", cited: [], removed: [] });
    expect(checkCitations("Ja [6].", 5).cited).toEqual([]);
  });

  it("leaves other brackets alone", () => {
    expect(checkCitations("Se avsnitt [a] och [2020-talet] [1].", 2).text).toBe("Se avsnitt [a] och [2020-talet] [1].");
  });
});
