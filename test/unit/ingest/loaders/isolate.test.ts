import { describe, expect, it } from "vitest";
import { extractIsolated } from "../../../../src/ingest/loaders/isolate";
import { makePdf } from "../../../helpers/fixtures";

describe("parsing in a worker thread", () => {
  it("stops a parser that exhausts its heap, and the next file still loads", async () => {
    const pdf = await makePdf(["Kommunstyrelsen följer upp."]);
    await expect(extractIsolated({ kind: "pdf", data: pdf }, { timeoutMs: 30_000, heapMb: 4 })).rejects.toMatchObject({
      code: "too-large",
      message: expect.stringContaining("needs more than 4 MB of memory"),
    });
    const extraction = await extractIsolated({ kind: "pdf", data: pdf }, { timeoutMs: 30_000 });
    expect(extraction).toMatchObject({ kind: "pdf", pages: [expect.stringContaining("Kommunstyrelsen följer upp.")] });
  });

  it("leaves the caller's buffer intact", async () => {
    const pdf = await makePdf(["Text"]);
    const copy = Buffer.from(pdf);
    await extractIsolated({ kind: "pdf", data: pdf }, { timeoutMs: 30_000 });
    expect(pdf.equals(copy)).toBe(true);
  });
});
