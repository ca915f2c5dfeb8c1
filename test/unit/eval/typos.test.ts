import { describe, expect, it } from "vitest";
import { withTypos } from "../../../src/eval/typos";
import { oneEditApart } from "../../../src/language/edits";

const questions = [
  "vem ansvarar för uppföljningen av strategin?",
  "who follows up the international programme in Växjö?",
  "när antogs den?",
  "Vad säger Örnsköldsvik om vänortssamarbete?",
];

describe("withTypos", () => {
  it("puts one typo into each question's longest lower-case word, the same ones for the same seed", () => {
    const typed = withTypos(questions, 1);
    expect(withTypos(questions, 1)).toEqual(typed);
    expect(typed[0]).not.toContain("uppföljningen");
    for (const [i, question] of questions.entries()) {
      const changed = question.split(" ").filter((word, k) => word !== typed[i]!.split(" ")[k]);
      if (typed[i] === question) continue;
      expect(changed).toHaveLength(1);
      const before = changed[0]!;
      const after = typed[i]!.split(" ")[question.split(" ").indexOf(before)]!;
      expect(oneEditApart(before, after), `${before} → ${after}`).toBe(true);
    }
  });

  it("leaves names, short words and questions without a long word alone", () => {
    const typed = withTypos(questions, 7);
    expect(typed[2]).toBe(questions[2]);
    expect(typed[1]).toContain("Växjö");
    expect(typed[3]).toContain("Örnsköldsvik");
    expect(typed[3]).not.toContain("vänortssamarbete");
  });

  it("gives other typos for another seed", () => {
    const many = Array.from({ length: 20 }, () => questions[0]!);
    expect(withTypos(many, 1)).not.toEqual(withTypos(many, 2));
  });
});
