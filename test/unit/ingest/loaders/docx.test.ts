import { describe, expect, it } from "vitest";
import { loadBuffer } from "../../../../src/ingest/loaders";
import { makeDocx, truncated } from "../../../helpers/fixtures";

const options = { maxBytes: 10 * 1024 * 1024, timeoutMs: 30_000 };

describe("DOCX loader", () => {
  it("renders headings, paragraphs, lists and tables as Markdown-like text", async () => {
    const docx = await makeDocx([
      { heading: 1, text: "Riktlinje för öppen källkod" },
      { paragraph: "Gäller för Växjö kommuns förvaltningar." },
      { heading: 2, text: "Ansvar" },
      { bullets: ["Kommunstyrelsen äger riktlinjen.", "Nämnderna följer upp."] },
      { numbered: ["Inventera", "Besluta"] },
      { table: [["Roll", "Uppgift"], ["IT-chef", "Godkänner | publicerar"]] },
    ]);
    const loaded = await loadBuffer(docx, "riktlinje.docx", options);
    expect(loaded.format).toBe("docx");
    expect(loaded.pages).toEqual([
      {
        page: null,
        text: [
          "# Riktlinje för öppen källkod",
          "Gäller för Växjö kommuns förvaltningar.",
          "## Ansvar",
          "- Kommunstyrelsen äger riktlinjen.\n- Nämnderna följer upp.",
          "1. Inventera\n2. Besluta",
          "| Roll | Uppgift |\n| IT-chef | Godkänner \\| publicerar |",
        ].join("\n\n"),
      },
    ]);
    expect(loaded.warnings).toEqual([]);
  });

  it("reads title, author and creation date from core.xml", async () => {
    const docx = await makeDocx([{ paragraph: "Text" }], { title: "Policy för internationella kontakter", author: "Åsa Öberg" });
    const loaded = await loadBuffer(docx, "policy.docx", options);
    expect(loaded.properties).toEqual({
      title: "Policy för internationella kontakter",
      author: "Åsa Öberg",
      created: "2024-03-01T10:00:00.000Z",
    });
  });

  it("finds the text of an ISO 29500 Strict document", async () => {
    const docx = await makeDocx([{ heading: 1, text: "Strikt format" }, { paragraph: "Läsbar text ändå." }], { strict: true });
    const loaded = await loadBuffer(docx, "strikt.docx", options);
    expect(loaded.pages[0]?.text).toBe("# Strikt format\n\nLäsbar text ändå.");
    expect(loaded.warnings).toEqual([]);
  });

  it("says a document without text is empty", async () => {
    const docx = await makeDocx([]);
    await expect(loadBuffer(docx, "tom.docx", options)).rejects.toMatchObject({
      code: "no-text",
      message: "is empty — the document has no text; add a version with the text in it",
    });
  });

  it("says a document of pictures without text may need OCR", async () => {
    const docx = await makeDocx([], { picture: true });
    await expect(loadBuffer(docx, "bilder.docx", options)).rejects.toMatchObject({
      code: "no-text",
      message: "contains only pictures, no text — if they are scanned pages, run OCR (or add the text) and add it again",
    });
  });

  it("says a truncated DOCX is damaged", async () => {
    const docx = await makeDocx([{ paragraph: "Denna fil bröts av mitt i." }]);
    await expect(loadBuffer(truncated(docx, 0.9), "trasig.docx", options)).rejects.toMatchObject({
      code: "corrupt-file",
      message: expect.stringMatching(/^could not be read — the file looks damaged \(.+\); save or export it again from the program that made it, then add it again$/),
    });
  });
});
