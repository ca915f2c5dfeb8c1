import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Chunk } from "../../../src/domain";
import { packChunks, packTexts, unpackChunks, unpackTexts } from "../../../src/index/passage-files";
import { tempDir } from "../../helpers/runtime";

const texts: Record<string, string> = {
  vaxjo: "Uppföljning av strategin skall göras av kommunstyrelsen – årligen.",
  tom: "",
  umea: "Umeås internationella program ”2030” \u{1F30D} och EU-projekt.",
};
const ids = ["vaxjo", "tom", "umea"];

function chunk(docId: string, section: string[], page: number | null, start: number, end: number): Chunk {
  return { docId, section, page, start, end, text: texts[docId]!.slice(start, end) };
}

describe("passage files", () => {
  it("texts come back exactly, each decoded when first read", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "texts.bin"), packTexts(ids, texts));
    const loaded = unpackTexts(ids, path.join(dir, "texts.bin"));
    expect(Object.keys(loaded)).toEqual(ids);
    expect(loaded.umea).toBe(texts.umea);
    expect({ ...loaded }).toEqual(texts);
    expect(() => unpackTexts(["vaxjo"], path.join(dir, "texts.bin"))).toThrow(/holds 3 texts/);
  });

  it("passages come back with their sections, pages and text", () => {
    const chunks = [chunk("vaxjo", ["Uppföljning"], null, 0, 24), chunk("vaxjo", ["Uppföljning"], 2, 25, 66), chunk("umea", [], 1, 0, 36)];
    const dir = tempDir();
    const packed = packChunks(ids, chunks);
    writeFileSync(path.join(dir, "chunks.bin"), packed.rows);
    writeFileSync(path.join(dir, "sections.json"), packed.sections);
    const loaded = unpackChunks(ids, path.join(dir, "chunks.bin"), path.join(dir, "sections.json"), texts);
    expect(loaded.map((c) => JSON.parse(JSON.stringify(c)))).toEqual(chunks);
    expect(loaded.map((c) => c.text)).toEqual(chunks.map((c) => c.text));
    expect(loaded[0]!.section).toBe(loaded[1]!.section);
  });
});
