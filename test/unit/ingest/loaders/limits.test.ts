/**
 * Files built to hurt the parsers: decompression bombs in PDF and DOCX, text beyond what one file
 * may hold. Each is stopped by a limit with a reason a coordinator can act on, within a bound a
 * test can afford, and the next file still loads.
 */
import { describe, expect, it } from "vitest";
import { loadBuffer } from "../../../../src/ingest/loaders";
import { makePdf, makeRawPdf, makeZipBomb, textOperatorFlood } from "../../../helpers/fixtures";

const options = { maxBytes: 10 * 1024 * 1024, timeoutMs: 30_000 };

describe("parser limits", () => {
  it("stops a PDF whose text extraction runs past the time limit, and the next file still loads", async () => {
    // 40 MB of text operators in a 120 KB file: pdf.js needs half a minute for it.
    const flood = makeRawPdf(textOperatorFlood(40));
    const started = Date.now();
    await expect(loadBuffer(flood, "flod.pdf", { ...options, timeoutMs: 1_500 })).rejects.toMatchObject({
      code: "timeout",
      message: "reading it took longer than 2 s and was stopped — the file may be damaged or very complex; export it again or set PARSE_TIMEOUT_MS to allow more time",
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    const next = await loadBuffer(await makePdf(["Kommunstyrelsen följer upp."]), "nasta.pdf", options);
    expect(next.pages[0]?.text).toContain("Kommunstyrelsen följer upp.");
  });

  it("refuses a DOCX zip bomb by the sizes it declares, before unpacking it", async () => {
    const bomb = await makeZipBomb(8);
    expect(bomb.length).toBeLessThan(100_000);
    await expect(loadBuffer(bomb, "bomb.docx", { ...options, maxTextChars: 100_000 })).rejects.toMatchObject({
      code: "too-large",
      message: "too large: it would unpack to 8 MB, more than the 2.4 MB allowed for one document — the file may be damaged; export it again or split it",
    });
  });

  it("refuses a DOCX zip bomb that understates its sizes as damaged", async () => {
    const bomb = await makeZipBomb(8, { lie: true });
    await expect(loadBuffer(bomb, "bomb.docx", { ...options, maxTextChars: 100_000 })).rejects.toMatchObject({
      code: "corrupt-file",
      message: expect.stringMatching(/^could not be read — the file looks damaged/),
    });
  });

  it("refuses a file holding more text than one document may", async () => {
    const text = Buffer.from("Kommunen ska följa upp arbetet varje år. ".repeat(5_000));
    await expect(loadBuffer(text, "lang.txt", { ...options, maxTextChars: 100_000 })).rejects.toMatchObject({
      code: "too-large",
      message: "too large: it holds 205,000 characters of text, more than the 100,000 styrdok reads from one file — split it into parts",
    });
  });
});
