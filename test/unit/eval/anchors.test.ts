import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anchorQuestion, resolveQuestion } from "../../../src/eval/anchors";
import { containsMost, squash, type EvalQuestion } from "../../../src/eval/metrics";

const document = "Riktlinje för utlämnande\n\nBesked i en utlämnandefråga bör normalt lämnas  samma dag\nsom begäran inkom. Övrigt.";
const texts = new Map([["riktlinje.md", squash(document)]]);
const question: EvalQuestion = {
  id: "X01",
  lang: "sv",
  question: "hur snabbt ska vi svara?",
  municipality: null,
  doc: "riktlinje.md",
  quotes: ["Besked i en utlämnandefråga bör normalt lämnas samma dag som begäran inkom."],
  kind: "deadline",
  answer: "Samma dag.",
};

describe("anchored quotes", () => {
  it("keep where a quote stands, not its words, and read it back from the document", () => {
    const anchored = anchorQuestion(question, texts);
    const written = JSON.stringify(anchored);
    expect(written).not.toContain("utlämnandefråga");
    expect(written).not.toContain("Samma dag.");
    expect(anchored.anchors).toEqual([expect.objectContaining({ doc: "riktlinje.md", start: squash(document).indexOf("besked") })]);
    const resolved = resolveQuestion(JSON.parse(written), texts);
    expect(resolved.quotes).toEqual([squash(question.quotes[0]!)]);
    expect(containsMost(document, resolved.quotes[0]!)).toBe(true);
  });

  it("leave a question without anchors as it is, and anchor an unanswerable one to nothing", () => {
    expect(resolveQuestion(question, texts)).toBe(question);
    const unanswerable = anchorQuestion({ ...question, doc: null, quotes: [], kind: "unanswerable" }, texts);
    expect(unanswerable.anchors).toEqual([]);
    expect(resolveQuestion(unanswerable, new Map()).quotes).toEqual([]);
  });

  it("refuse a quote that is not in its document, naming the question", () => {
    expect(() => anchorQuestion({ ...question, quotes: ["Besked lämnas inom en vecka."] }, texts)).toThrow(/X01: a quote is not in riktlinje.md/);
    expect(() => anchorQuestion({ ...question, doc: "annan.md" }, texts)).toThrow(/annan.md is not in the index/);
  });

  it("find a quote that moved when the document is read differently elsewhere", () => {
    const anchored = anchorQuestion(question, texts);
    const moved = new Map([["riktlinje.md", squash(`Bilaga 1\n\n${document.replace("Övrigt", "Övriga frågor")}`)]]);
    expect(resolveQuestion(anchored, moved).quotes).toEqual([squash(question.quotes[0]!)]);
  });

  it("refuse to read back a quote whose words changed, or from a missing document, and say how to fix it", () => {
    const anchored = anchorQuestion(question, texts);
    const changed = new Map([["riktlinje.md", squash(document.replace("samma dag", "nästa dag"))]]);
    expect(() => resolveQuestion(anchored, changed)).toThrow(/X01: its quote is no longer in riktlinje.md as anchored.*npm run anchor/);
    expect(() => resolveQuestion(anchored, new Map())).toThrow(/riktlinje.md is not in the index; add it with --add/);
  });
});

describe("the committed held-out sets", () => {
  it("give their gold quotes as anchors only: no words of the documents, no answers", () => {
    const folder = new URL("../../../eval/heldout/", import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith(".jsonl"));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      for (const line of readFileSync(new URL(name, folder), "utf8").split("\n").filter((l) => l.trim())) {
        const q = JSON.parse(line) as Record<string, unknown>;
        expect(Object.keys(q).sort(), `${name} ${String(q.id)}`).toEqual(["anchors", "doc", "id", "kind", "lang", "municipality", "question"]);
        for (const anchor of q.anchors as Record<string, unknown>[]) expect(Object.keys(anchor).sort()).toEqual(["doc", "end", "roll", "sha", "start"]);
        expect((q.anchors as unknown[]).length > 0, `${name} ${String(q.id)}`).toBe(q.kind !== "unanswerable");
      }
    }
  });
});
