import { describe, expect, it } from "vitest";
import { LexicalBuilder } from "../../../src/index/lexical-builder";
import { createLanguageKit } from "../../../src/language/kit";
import { coverage, DOCUMENT_TERM_CREDIT, NEARBY_TERM_CREDIT } from "../../../src/retrieve/coverage";
import { analyseQuery } from "../../../src/retrieve/query";

const kit = createLanguageKit();
const texts = [
  "Med känsliga personuppgifter avses uppgifter om hälsa.",
  "Personuppgifter behandlas enligt förordningen.",
  "Kommunstyrelsen följer upp arbetet.",
  "Nämnderna rapporterar till kommunstyrelsen.",
];
const index = LexicalBuilder.fromTerms(texts.map((t) => kit.analyzer.terms(t)));
const termsOf = (text: string) => new Set(kit.analyzer.terms(text));

describe("coverage", () => {
  it("counts a glossary phrase by the share of its words a passage has, not by any one of them", () => {
    const query = analyseQuery("what counts as sensitive personal data?", kit);
    expect(query.groups.some((g) => g.source === "glossary" && g.options.some((o) => o.length === 2))).toBe(true);
    const both = coverage(termsOf(texts[0]!), query, index);
    const one = coverage(termsOf(texts[1]!), query, index);
    const none = coverage(termsOf(texts[2]!), query, index);
    expect(one).toBeGreaterThan(none);
    expect(one).toBeLessThan(both * 0.6);
    expect(query.phrases).toContainEqual(kit.analyzer.terms("känsliga personuppgifter"));
  });

  it("counts everyday English words less when judging whether to answer than when ranking", () => {
    const query = analyseQuery("who quickly follows up the work?", kit);
    const without = analyseQuery("who follows up the work?", kit);
    expect(query.groups.some((g) => g.general)).toBe(true);
    // The passage has the administrative terms but not the rendering of "quickly": what that costs it.
    const passage = termsOf(texts[2]!);
    const lost = (judging: boolean) => coverage(passage, query, index, { judging }) / coverage(passage, without, index, { judging });
    expect(lost(true)).toBeGreaterThan(lost(false));
    // A question without everyday words or words of several renderings is judged as it is ranked.
    const plain = analyseQuery("vem följer upp arbetet?", kit);
    expect(coverage(passage, plain, index, { judging: true })).toBe(coverage(passage, plain, index));
  });

  it("weighs a word of several renderings by its commonest one, not its rarest", () => {
    // "box" is låda, box, kartong or ruta; låda is common here, kartong rare.
    const boxes = ["Lådan står i förrådet.", "En låda per brukare.", "Lådor töms varje vecka.", "Kartongen slängs.", "Choklad får tas emot."];
    const boxIndex = LexicalBuilder.fromTerms(boxes.map((t) => kit.analyzer.terms(t)));
    const query = analyseQuery("chocolates in a box", kit);
    expect(query.groups.some((g) => g.general)).toBe(false);
    const chocolate = termsOf(boxes[4]!);
    const withBox = (i: number) => new Set([...chocolate, ...termsOf(boxes[i]!)]);
    // Ranking: either rendering covers the word in full, the common one as well as the rare one.
    expect(coverage(withBox(1), query, boxIndex)).toBe(1);
    expect(coverage(withBox(3), query, boxIndex)).toBe(1);
    // At the rarest rendering's idf, the passage without any would cover far less of the question.
    expect(coverage(chocolate, query, boxIndex)).toBeGreaterThan(0.6);
    // Judging: the word weighs as little, and a passage that has it covers more than one without.
    expect(coverage(chocolate, query, boxIndex, { judging: true })).toBe(coverage(chocolate, query, boxIndex));
    expect(coverage(withBox(1), query, boxIndex, { judging: true })).toBeGreaterThan(coverage(chocolate, query, boxIndex, { judging: true }));
  });

  it("gives part credit for a question word that only the passage's document is named by", () => {
    const query = analyseQuery("vem följer upp arbetet enligt strategin?", kit);
    const passage = termsOf("Kommunstyrelsen följer upp arbetet.");
    const without = coverage(passage, query, index);
    const named = coverage(passage, query, index, { context: termsOf("Internationell strategi") });
    const stated = coverage(termsOf("Kommunstyrelsen följer upp arbetet enligt strategin."), query, index);
    expect(named).toBeGreaterThan(without);
    expect(named).toBeLessThan(stated);
    expect(DOCUMENT_TERM_CREDIT).toBeGreaterThan(0);
    expect(DOCUMENT_TERM_CREDIT).toBeLessThan(1);
  });

  it("gives full credit for a number the passage's document is named by: it says which document, not what in it", () => {
    const query = analyseQuery("vem följer upp arbetet enligt KS/2012:935?", kit);
    const passage = termsOf("Kommunstyrelsen följer upp arbetet.");
    const named = coverage(passage, query, index, { context: termsOf("Internationell strategi KS/2012:935") });
    const stated = coverage(termsOf("Kommunstyrelsen följer upp arbetet enligt KS/2012:935."), query, index);
    expect(named).toBe(stated);
    // The header line that only repeats the number covers less than the passage that answers.
    const header = coverage(termsOf("KS/2012:935"), query, index, { context: termsOf("Internationell strategi KS/2012:935") });
    expect(header).toBeLessThan(named);
  });

  it("gives less credit for a question word only the sentence before has than for one the document is named by", () => {
    const query = analyseQuery("vem följer upp arbetet enligt strategin?", kit);
    const sentence = termsOf("Det görs av kommunstyrelsen.");
    const alone = coverage(sentence, query, index);
    const continued = coverage(sentence, query, index, { nearby: termsOf("Arbetet följs upp enligt strategin.") });
    const named = coverage(sentence, query, index, { context: termsOf("Arbetet följs upp enligt strategin.") });
    expect(continued).toBeGreaterThan(alone);
    expect(continued).toBeLessThan(named);
    expect(NEARBY_TERM_CREDIT).toBeLessThan(DOCUMENT_TERM_CREDIT);
  });
});
