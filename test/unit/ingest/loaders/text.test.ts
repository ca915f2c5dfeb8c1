import { describe, expect, it } from "vitest";
import { loadBuffer } from "../../../../src/ingest/loaders";

const options = { maxBytes: 1024 * 1024 };

describe("text and Markdown loader", () => {
  it("keeps the text as it is, Markdown syntax included", async () => {
    const markdown = "# Riktlinje\r\n\r\n- **Syfte**: öppenhet\r\n";
    const loaded = await loadBuffer(Buffer.from(markdown), "riktlinje.md", options);
    expect(loaded).toEqual({ format: "markdown", pages: [{ page: null, text: markdown }], properties: {}, warnings: [] });
  });

  it("strips a UTF-8 byte order mark", async () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Umeå kommun")]);
    const loaded = await loadBuffer(data, "umea.txt", options);
    expect(loaded.pages[0]?.text).toBe("Umeå kommun");
  });

  it("reads text that is not UTF-8 as Windows-1252, with a warning", async () => {
    // "Växjö – 5 € för ’kort’" in Windows-1252: 0x96, 0x80 and 0x92 are where it differs from Latin-1.
    const data = Buffer.concat([
      Buffer.from([0x56, 0xe4, 0x78, 0x6a, 0xf6, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x20, 0x66, 0xf6, 0x72, 0x20]),
      Buffer.from([0x92, 0x6b, 0x6f, 0x72, 0x74, 0x92]),
    ]);
    const loaded = await loadBuffer(data, "vaxjo.txt", options);
    expect(loaded.format).toBe("text");
    expect(loaded.pages[0]?.text).toBe("Växjö – 5 € för ’kort’");
    expect(loaded.warnings).toEqual(["not valid UTF-8; read as Windows-1252 — check that å, ä and ö look right"]);
  });

  it("keeps UTF-8 with one damaged byte as UTF-8, with a warning", async () => {
    const data = Buffer.concat([Buffer.from("Växjö och Örnsköldsvik "), Buffer.from([0xff]), Buffer.from(" på gång")]);
    const loaded = await loadBuffer(data, "vaxjo.txt", options);
    expect(loaded.pages[0]?.text).toBe("Växjö och Örnsköldsvik \uFFFD på gång");
    expect(loaded.warnings).toEqual(['1 invalid UTF-8 sequences were replaced by "\uFFFD" — check the file']);
  });

  it("reads UTF-16 with a byte order mark", async () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Gävle", "utf16le")]);
    const loaded = await loadBuffer(data, "gavle.txt", options);
    expect(loaded.pages[0]?.text).toBe("Gävle");
  });

  it("refuses a .txt with NUL bytes as binary", async () => {
    await expect(loadBuffer(Buffer.from("Text\u0000\u0000mer"), "data.txt", options)).rejects.toMatchObject({
      code: "unsupported-format",
    });
  });

  it("says an empty or blank file has no text", async () => {
    for (const content of ["", " \n\t\n"]) {
      await expect(loadBuffer(Buffer.from(content), "tom.txt", options)).rejects.toMatchObject({ code: "no-text" });
    }
  });
});
