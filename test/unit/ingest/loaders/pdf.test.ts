import { describe, expect, it } from "vitest";
import { loadBuffer } from "../../../../src/ingest/loaders";
import { makeBlankPdf, makeImageOnlyPdf, makePdf, truncated } from "../../../helpers/fixtures";

const options = { maxBytes: 10 * 1024 * 1024, timeoutMs: 30_000 };

/** What a font with a custom encoding does to text: every code shifted down by 0x1d. */
function misEncode(text: string): string {
  return [...text].map((c) => (c === "\n" ? c : String.fromCharCode(c.charCodeAt(0) - 0x1d))).join("");
}

describe("PDF loader", () => {
  it("keeps the text of each page, with å ä ö, numbered from 1", async () => {
    const pdf = await makePdf(["Växjö kommun antar strategin.", "Uppföljning görs årligen av kommunstyrelsen."]);
    const loaded = await loadBuffer(pdf, "strategi.pdf", options);
    expect(loaded.format).toBe("pdf");
    expect(loaded.pages.map((page) => page.page)).toEqual([1, 2]);
    expect(loaded.pages[0]?.text).toContain("Växjö kommun antar strategin.");
    expect(loaded.pages[1]?.text).toContain("Uppföljning görs årligen av kommunstyrelsen.");
    expect(loaded.warnings).toEqual([]);
  });

  it("reads title and creation date from the Info dictionary", async () => {
    const pdf = await makePdf(["Text"], { title: "Internationell strategi" });
    const loaded = await loadBuffer(pdf, "strategi.pdf", options);
    expect(loaded.properties).toEqual({ title: "Internationell strategi", created: "2024-03-01T10:00:00.000Z" });
  });

  it("refuses a password-protected PDF with advice", async () => {
    const pdf = await makePdf(["Hemlig text"], { userPassword: "hemligt" });
    await expect(loadBuffer(pdf, "skyddad.pdf", options)).rejects.toMatchObject({
      code: "encrypted",
      message: "password-protected — remove the password (or export an unprotected copy) and add it again",
    });
  });

  it("says an image-only PDF has no text layer", async () => {
    const pdf = await makeImageOnlyPdf();
    await expect(loadBuffer(pdf, "skannad.pdf", options)).rejects.toMatchObject({
      code: "no-text",
      message: expect.stringContaining("run OCR"),
    });
  });

  it("says a PDF of blank pages has no text, without advising OCR", async () => {
    const pdf = await makeBlankPdf();
    await expect(loadBuffer(pdf, "tom.pdf", options)).rejects.toMatchObject({
      code: "no-text",
      message: "has no text — its pages are blank or hold only drawings; add a version with the text in it",
    });
  });

  it("loads a PDF with some empty pages and says which", async () => {
    const pdf = await makePdf(["Första sidan.", "", "Tredje sidan."]);
    const loaded = await loadBuffer(pdf, "delvis.pdf", options);
    expect(loaded.pages.map((page) => page.text)).toEqual(["Första sidan.", "", "Tredje sidan."]);
    expect(loaded.warnings).toEqual(["1 of 3 pages has no text layer (scanned?): page 2 — run OCR"]);
  });

  it("says a truncated PDF is damaged", async () => {
    const pdf = await makePdf(["Denna fil bröts av mitt i."]);
    await expect(loadBuffer(truncated(pdf, 0.3), "trasig.pdf", options)).rejects.toMatchObject({
      code: "corrupt-file",
      message: expect.stringMatching(/^could not be read — the file looks damaged/),
    });
  });

  it("refuses text that a custom font encoding garbled", async () => {
    const prose = [
      "Kommunfullmäktige beslutar att anta riktlinjerna för hantering av allmänna handlingar.",
      "Riktlinjerna gäller för samtliga nämnder och bolag i kommunen och ska följas upp årligen.",
      "Varje förvaltning ansvarar för att personalen känner till reglerna om offentlighet och sekretess.",
      "Uppföljning av strategin ska göras av kommunstyrelsen i samband med årsredovisningen.",
    ].join("\n");
    // Controls cannot be drawn in Helvetica; the spaces stay, the letters are shifted.
    const garbled = misEncode(prose).replace(/\u0003/g, " ");
    const pdf = await makePdf([garbled, garbled]);
    await expect(loadBuffer(pdf, "prop.pdf", options)).rejects.toMatchObject({ code: "garbled-text" });
  });

  it("loads a PDF named .txt as a PDF and says so", async () => {
    const pdf = await makePdf(["Riktlinje för öppen källkod."]);
    const loaded = await loadBuffer(pdf, "riktlinje.txt", options);
    expect(loaded.format).toBe("pdf");
    expect(loaded.pages[0]?.text).toContain("Riktlinje för öppen källkod.");
    expect(loaded.warnings).toEqual(["named .txt but it is a PDF; loaded as a PDF"]);
  });

  it("stops parsing at the time limit", async () => {
    const pdf = await makePdf(["Text"]);
    await expect(loadBuffer(pdf, "långsam.pdf", { ...options, timeoutMs: 1 })).rejects.toMatchObject({
      code: "timeout",
      message: expect.stringContaining("took longer than 1 ms"),
    });
  });
});
