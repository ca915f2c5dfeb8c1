import { afterEach, describe, expect, it } from "vitest";
import { documentListAsked, MAX_LISTED } from "../../../src/answer/document-list";
import { createLanguageKit } from "../../../src/language/kit";
import { indexedDocuments, type TempRuntime } from "../../helpers/runtime";

const kit = createLanguageKit();

describe("documentListAsked: whether a question asks which documents there are", () => {
  it("reads a request for the documents, of a kind, of the municipalities named", () => {
    expect(documentListAsked("vilka dokument gäller för Växjö?", kit)).toEqual({ kind: null, subject: false });
    expect(documentListAsked("Which documents do you have?", kit)).toEqual({ kind: null, subject: false });
    expect(documentListAsked("vilka riktlinjer har Botkyrka?", kit)).toEqual({ kind: "riktlinje", subject: false });
    expect(documentListAsked("list all documents from Umeå and Växjö", kit)).toEqual({ kind: null, subject: false });
    expect(documentListAsked("vad har Gävles kommun för styrdokument?", kit)).toEqual({ kind: null, subject: false });
    expect(documentListAsked("hur manga dokument har ni?", kit)).toEqual({ kind: null, subject: false });
    expect(documentListAsked("what strategies are there?", kit)).toEqual({ kind: "strategi", subject: false });
    expect(documentListAsked("vilka direktiv finns?", kit)).toEqual({ kind: "direktiv", subject: false });
  });

  it("reads a request for the municipalities there are documents from", () => {
    expect(documentListAsked("vilka kommuner finns?", kit)).toEqual({ kind: null, subject: false, municipalities: true });
    expect(documentListAsked("which municipalities do you cover?", kit)).toEqual({ kind: null, subject: false, municipalities: true });
    expect(documentListAsked("vilka kommuner har ni dokument från?", kit)).toEqual({ kind: null, subject: false, municipalities: true });
    // Documents asked for first are listed as documents.
    expect(documentListAsked("vilka dokument har kommunerna?", kit)).toEqual({ kind: null, subject: false });
    // With a subject it asks what each municipality says (grouped.ts).
    expect(documentListAsked("vilka kommuner nämner Agenda 2030?", kit)).toBeNull();
  });

  it("reads a request for the documents past their revision date", () => {
    expect(documentListAsked("vilka dokument har passerat revisionsdatum?", kit)).toEqual({ kind: null, subject: false, outdated: true });
    expect(documentListAsked("which guidelines are outdated?", kit)).toEqual({ kind: "riktlinje", subject: false, outdated: true });
    expect(documentListAsked("vilka dokument har Gävle som behöver revideras?", kit)).toEqual({ kind: null, subject: false, outdated: true });
  });

  it("reads a subject after a word for documents and 'mention', 'handlar om', 'about'", () => {
    expect(documentListAsked("which documents mention Agenda 2030?", kit)).toEqual({ kind: null, subject: true });
    expect(documentListAsked("vilka styrdokument tar upp EU-projekt?", kit)).toEqual({ kind: null, subject: true });
    expect(documentListAsked("what documents are there about twin towns in Umeå?", kit)).toEqual({ kind: null, subject: true });
  });

  it("leaves questions about what the documents say, or about other papers, to the passages", () => {
    // A kind with a subject asks for the rules themselves.
    expect(documentListAsked("vilka riktlinjer finns för gåvor?", kit)).toBeNull();
    expect(documentListAsked("vilka riktlinjer gäller för hemtjänst i Botkyrka?", kit)).toBeNull();
    // Papers someone must hand in are not governing documents, and other words say so.
    expect(documentListAsked("vilka dokument ska bifogas ansökan?", kit)).toBeNull();
    expect(documentListAsked("which documents do I need to bring to the meeting?", kit)).toBeNull();
    expect(documentListAsked("what does the document say about twin towns?", kit)).toBeNull();
    expect(documentListAsked("vem följer upp dokumentet?", kit)).toBeNull();
    expect(documentListAsked("dokument", kit)).toBeNull();
  });
});

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

const documents = {
  "umea-forening.txt": "Riktlinje för föreningsstöd i Umeå kommun\n\nAntagen av kommunfullmäktige 2021-03-01.\n\nUppföljning\n\nFöreningsstödet följs upp varje år av kultur- och fritidsnämnden.\n",
  "umea-bibliotek.txt": "Biblioteksprogram för Umeå kommun\n\nBiblioteken ska vara öppna för alla invånare och erbjuda läsfrämjande aktiviteter för barn.\n",
  "gavle-avfall.txt": "Avfallsplan för Gävle kommun\n\nHushållen ska sortera matavfall och förpackningar. Återvinningscentralen är öppen alla dagar.\n",
};

describe("answers that list documents", () => {
  it("list the documents of the municipality named, with their kind, and none of the others", async () => {
    runtime = await indexedDocuments(documents);
    const answer = await runtime.engine.ask("vilka dokument har Umeå?");
    const lines = answer.answer.split("\n");
    expect(answer.abstained).toBe(false);
    expect(lines[0]).toBe("Styrdokument från Umeå (2):");
    expect(lines.slice(1).sort()).toEqual([
      "• Biblioteksprogram för Umeå kommun – program",
      "• Riktlinje för föreningsstöd i Umeå kommun – riktlinje, antagen 2021-03-01 av Kommunfullmäktige",
    ]);
    expect(answer.citations).toEqual([]);
  });

  it("list every document, with its issuer, when no municipality is named", async () => {
    runtime = await indexedDocuments(documents);
    const answer = await runtime.engine.ask("which documents do you have?");
    expect(answer.answer.split("\n")[0]).toBe("Governing documents (3):");
    expect(answer.answer).toContain("• Avfallsplan för Gävle kommun – plan");
    expect(answer.answer).toContain("• Biblioteksprogram för Umeå kommun – programme");
  });

  it("list only the kind asked for, and say so when there is none of it", async () => {
    runtime = await indexedDocuments(documents);
    const guidelines = await runtime.engine.ask("vilka riktlinjer har Umeå?");
    expect(guidelines.answer).toBe("Riktlinjer från Umeå (1):\n• Riktlinje för föreningsstöd i Umeå kommun – riktlinje, antagen 2021-03-01 av Kommunfullmäktige");
    const none = await runtime.engine.ask("vilka riktlinjer har Gävle?");
    expect(none.answer.split("\n").slice(0, 2)).toEqual(["Jag har inga riktlinjer från Gävle.", "Styrdokument från Gävle (1):"]);
  });

  it("list only the documents past their revision date when that is asked, and say when there is none", async () => {
    runtime = await indexedDocuments({
      ...documents,
      "gavle-kultur.txt": "Kulturplan för Gävle kommun\n\nPlanen gäller till 2020-12-31.\n\nKommunen ska stödja det fria kulturlivet.\n",
    });
    const outdated = await runtime.engine.ask("which documents are past their revision date?");
    expect(outdated.answer).toBe("Governing documents past their revision date or replaced (1):\n• Kulturplan för Gävle kommun – plan, valid until 2020-12-31 (passed)");
    const none = await runtime.engine.ask("vilka dokument från Umeå behöver revideras?");
    expect(none.answer).toBe("Inga styrdokument från Umeå har passerat sitt revisionsdatum eller ersatts av ett nyare dokument.");
  });

  it("list the most recently adopted first when that is asked", async () => {
    runtime = await indexedDocuments({
      ...documents,
      "umea-idrott.txt": "Idrottspolicy för Umeå kommun\n\nAntagen av kommunfullmäktige 2024-05-20.\n\nKommunen ska stödja föreningsidrott för barn.\n",
    });
    expect(documentListAsked("vilket är det senaste dokumentet?", kit)).toEqual({ kind: null, subject: false, newest: true });
    const answer = await runtime.engine.ask("which documents from Umeå are the newest?");
    expect(answer.answer.split("\n")).toEqual([
      "Governing documents from Umeå, most recently adopted first (3):",
      "• Idrottspolicy för Umeå kommun – policy, adopted 2024-05-20 by Kommunfullmäktige",
      "• Riktlinje för föreningsstöd i Umeå kommun – guideline, adopted 2021-03-01 by Kommunfullmäktige",
      "• Biblioteksprogram för Umeå kommun – programme",
    ]);
  });

  it("name the municipalities there are documents from, with how many each", async () => {
    runtime = await indexedDocuments(documents);
    const answer = await runtime.engine.ask("which municipalities do you cover?");
    expect(answer.answer).toBe("I have governing documents from 2 issuers:\n• Gävle – 1 document\n• Umeå – 2 documents");
    expect(answer.abstained).toBe(false);
  });

  it("stop at the most an answer lists and say how many more there are", async () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_LISTED + 3 }, (_, i) => [`plan-${i}.txt`, `Plan ${i + 1} för Exempelby\n\nKommunen ska arbeta med område nummer ${i + 1} varje år.\n`]),
    );
    runtime = await indexedDocuments(many);
    const answer = await runtime.engine.ask("list all documents");
    const lines = answer.answer.split("\n");
    expect(lines[0]).toBe(`Governing documents (${MAX_LISTED + 3}):`);
    expect(lines.filter((l) => l.startsWith("• "))).toHaveLength(MAX_LISTED);
    expect(lines.at(-1)).toBe("… and 3 more.");
  });

  it("name the documents that speak to a subject, each with the passage that does", async () => {
    runtime = await indexedDocuments(documents);
    const answer = await runtime.engine.ask("vilka dokument nämner föreningsstöd?");
    expect(answer.answer.split("\n")[0]).toBe("Dokument som tar upp det:");
    expect(answer.answer).toContain("• Riktlinje för föreningsstöd i Umeå kommun: ”Föreningsstödet följs upp varje år av kultur- och fritidsnämnden.” [1]");
    expect(answer.citations).toHaveLength(1);
    expect(answer.answer).not.toContain("Avfallsplan");
  });

  it("answer a question about what the rules say from the passages, not with a list", async () => {
    runtime = await indexedDocuments(documents);
    const answer = await runtime.engine.ask("vilka riktlinjer gäller för uppföljning av föreningsstöd?");
    expect(answer.answer).not.toMatch(/^Riktlinjer/);
    expect(answer.citations[0]!.quote).toContain("Föreningsstödet följs upp varje år");
  });
});
