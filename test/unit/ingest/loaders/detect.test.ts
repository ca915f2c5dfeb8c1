import { describe, expect, it } from "vitest";
import { loadBuffer, SUPPORTED_EXTENSIONS } from "../../../../src/ingest/loaders";
import { detectFormat } from "../../../../src/ingest/loaders/detect";
import { legacyOfficeHeader, makeDocx } from "../../../helpers/fixtures";

const options = { maxBytes: 1024 * 1024 };
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

describe("format detection by content", () => {
  it("lists the extensions it supports", () => {
    expect(SUPPORTED_EXTENSIONS).toEqual([".pdf", ".docx", ".txt", ".md", ".markdown"]);
  });

  it("finds a PDF header within the first kilobyte, whatever the name", () => {
    const data = Buffer.concat([Buffer.alloc(100, 0x20), Buffer.from("%PDF-1.7\n")]);
    expect(detectFormat(data, "dokument")).toEqual({ format: "pdf", warnings: [] });
    expect(detectFormat(data, "dokument.PDF")).toEqual({ format: "pdf", warnings: [] });
  });

  it("tells plain text from Markdown by extension", () => {
    const text = Buffer.from("# Rubrik\n");
    expect(detectFormat(text, "a.txt").format).toBe("text");
    expect(detectFormat(text, "a.md").format).toBe("markdown");
    expect(detectFormat(text, "a.MARKDOWN").format).toBe("markdown");
  });

  it("refuses a legacy Word .doc with advice to save it again", async () => {
    await expect(loadBuffer(legacyOfficeHeader(), "dom.doc", options)).rejects.toMatchObject({
      code: "unsupported-format",
      message: "legacy Word 97–2003 .doc is not supported — save it as .docx or PDF and add it again",
    });
  });

  it("gives the .doc advice even when a .doc was renamed .docx", async () => {
    await expect(loadBuffer(legacyOfficeHeader(), "dom.docx", options)).rejects.toMatchObject({
      message: expect.stringContaining("legacy Word 97–2003 .doc"),
    });
  });

  it("refuses a zip archive that is not a Word document", async () => {
    const emptyZip = Buffer.from("504b0506000000000000000000000000000000000000", "hex");
    await expect(loadBuffer(emptyZip, "arkiv.zip", options)).rejects.toMatchObject({
      code: "unsupported-format",
      message: expect.stringContaining("not a Word document"),
    });
  });

  it("loads a Word document whatever it is named, and says so", async () => {
    const docx = await makeDocx([{ paragraph: "Text" }]);
    expect(detectFormat(docx, "bilaga.bin")).toEqual({
      format: "docx",
      warnings: ["named .bin but it is a Word document; loaded as a Word document"],
    });
  });

  it("refuses images and unknown binary files", async () => {
    for (const name of ["bild.png", "bild.txt", "bild.pdf"]) {
      await expect(loadBuffer(PNG, name, options)).rejects.toMatchObject({
        code: "unsupported-format",
        message: "not a supported format (use PDF, DOCX, TXT or Markdown)",
      });
    }
  });

  it("refuses RTF, spreadsheets as text and other extensions", async () => {
    await expect(loadBuffer(Buffer.from("{\\rtf1\\ansi Hej}"), "brev.txt", options)).rejects.toMatchObject({
      code: "unsupported-format",
    });
    await expect(loadBuffer(Buffer.from("a;b\n1;2\n"), "tabell.csv", options)).rejects.toMatchObject({
      code: "unsupported-format",
    });
  });

  it("loads plain text named .pdf as text, but not a web page named .pdf", async () => {
    const loaded = await loadBuffer(Buffer.from("Riktlinjer för Sundsvall"), "riktlinje.pdf", options);
    expect(loaded).toMatchObject({ format: "text", warnings: ["named .pdf but it is plain text; loaded as plain text"] });
    await expect(loadBuffer(Buffer.from("<!DOCTYPE html><html>404</html>"), "riktlinje.pdf", options)).rejects.toMatchObject({
      code: "unsupported-format",
    });
  });
});
