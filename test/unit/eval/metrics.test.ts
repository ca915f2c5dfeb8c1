import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/domain";
import { containsMost, figures, formatByOverlap, longestCommonSubstring, perGoldQuote, scoreQuestion, type EvalQuestion } from "../../../src/eval/metrics";

const passage = (text: string) => ({ docId: "d", title: "t", municipality: null, section: "", page: null, text, score: 1 });
const answer = (texts: string[], abstained = false): Answer => ({
  question: "q",
  language: "sv",
  abstained,
  answer: "",
  citations: [],
  passages: texts.map(passage),
  warnings: [],
});

describe("eval metrics", () => {
  it("counts a passage as a hit when it holds most of a quote, whitespace and case aside", () => {
    const quote = "Uppföljning av strategin skall göras av kommunstyrelsen minst en gång per mandatperiod.";
    expect(containsMost("Inledning\n\nUPPFÖLJNING av strategin skall  göras av\nkommunstyrelsen minst en gång per mandatperiod. Mer.", quote)).toBe(true);
    expect(containsMost("av kommunstyrelsen minst en gång per mandatperiod.", quote)).toBe(false);
    expect(containsMost("Uppföljning av strategin skall göras av kommunstyrelsen minst en gång per", quote)).toBe(true);
    expect(containsMost("Uppföljning av strategin skall göras av kommunstyrelsen minst", quote)).toBe(false);
    expect(longestCommonSubstring("abcdef", "zzcdez")).toBe(3);
  });

  it("scores rank, recall and abstention", () => {
    const q: EvalQuestion = { id: "q1", lang: "sv", question: "?", quotes: ["första citatet här", "andra citatet här"], kind: "fact" };
    const r = scoreQuestion(q, answer(["inget", "inget", "andra citatet här och mer", "x", "y", "första citatet här"]));
    expect(r).toMatchObject({ firstHit: 3, recall5: 0.5, abstained: false, answerable: true });
    const u = scoreQuestion({ ...q, id: "q2", kind: "unanswerable", quotes: [] }, answer([], true));
    const f = figures([r, u]);
    expect(f).toMatchObject({ questions: 2, answerable: 1, hitAt5: 1, recallAt5: 0.5, unanswerable: 1, abstainedUnanswerable: 1, abstainedAnswerable: 0 });
    expect(f.mrrAt10).toBeCloseTo(1 / 3);
  });

  it("counts each gold quote once when several questions share it", () => {
    const q = (id: string, quote: string): EvalQuestion => ({ id, lang: "sv", question: "?", quotes: [quote], kind: "fact" });
    const shared = "samma mening som tre frågor har";
    // Three questions about one sentence, all found first; one about another, not found at all.
    const results = [
      scoreQuestion(q("a", shared), answer([shared])),
      scoreQuestion(q("b", "Samma  mening som tre frågor har"), answer([shared])),
      scoreQuestion(q("c", shared), answer(["inget", shared])),
      scoreQuestion(q("d", "en annan mening"), answer(["inget"])),
      scoreQuestion({ ...q("e", ""), kind: "unanswerable", quotes: [] }, answer([], true)),
    ];
    expect(figures(results).mrrAt10).toBeCloseTo((1 + 1 + 0.5 + 0) / 4);
    const once = perGoldQuote(results);
    expect(once.quotes).toBe(2);
    expect(once.hitAt5).toBeCloseTo(0.5);
    expect(once.mrrAt10).toBeCloseTo(((1 + 1 + 0.5) / 3 + 0) / 2);
  });

  it("gives the figures of the questions whose answering passage covers at least the split, and of the others", () => {
    const q = (id: string, quote: string): EvalQuestion => ({ id, lang: "sv", question: "?", quotes: [quote], kind: "fact" });
    const results = [
      { ...scoreQuestion(q("a", "ett"), answer(["ett"])), overlap: 0.6 },
      { ...scoreQuestion(q("b", "två"), answer(["x", "två"])), overlap: 0.3 },
      { ...scoreQuestion(q("c", "tre"), answer(["x"])), overlap: 0.1 },
      { ...scoreQuestion(q("d", "fyra"), answer(["fyra"])), overlap: null },
    ];
    const [above, below] = formatByOverlap(results, 0.3);
    expect(above).toMatch(/>= 30% of the question: n=  2 {2}hit@5 1\.000 {2}MRR@10 0\.750/);
    expect(below).toMatch(/< 30% of the question: n=  1 {2}hit@5 0\.000 {2}MRR@10 0\.000/);
  });
});
