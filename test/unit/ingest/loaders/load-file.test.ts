import { truncate } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadBuffer, loadFile } from "../../../../src/ingest/loaders";
import { formatSize } from "../../../../src/ingest/loaders/failures";
import { makePdf, tempFolder } from "../../../helpers/fixtures";

const MB = 1024 * 1024;

describe("loadFile", () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    folder = await tempFolder();
  });
  afterEach(async () => {
    await folder.cleanup();
  });

  it("loads a file from disk by its content", async () => {
    const file = await folder.write("strategi.pdf", await makePdf(["Örnsköldsviks internationella strategi"]));
    const loaded = await loadFile(file, { maxBytes: MB });
    expect(loaded.format).toBe("pdf");
    expect(loaded.pages[0]?.text).toContain("Örnsköldsviks internationella strategi");
  });

  it("refuses a file over the limit from its size alone, before reading it", async () => {
    // A sparse 3 GB file: reading it would fail with Node's own error (over 2 GB), not ours.
    const file = await folder.write("enorm.pdf", Buffer.from("%PDF-1.7\n"));
    await truncate(file, 3 * 1024 * MB);
    await expect(loadFile(file, { maxBytes: 50 * MB })).rejects.toMatchObject({
      code: "too-large",
      message: "too large (3072 MB; the limit is 50 MB, set MAX_FILE_MB to change it)",
    });
  });

  it("applies the same limit to a buffer", async () => {
    await expect(loadBuffer(Buffer.alloc(2048, 0x61), "lång.txt", { maxBytes: 1024 })).rejects.toMatchObject({
      code: "too-large",
      message: "too large (2 KB; the limit is 1 KB, set MAX_FILE_MB to change it)",
    });
  });

  it("writes sizes the way people compare them", () => {
    expect([formatSize(300), formatSize(83 * MB + 1), formatSize(1.5 * MB), formatSize(50 * MB)]).toEqual([
      "300 bytes",
      "83 MB",
      "1.5 MB",
      "50 MB",
    ]);
  });
});
