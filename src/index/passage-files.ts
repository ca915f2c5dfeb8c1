/**
 * The documents' texts and the passages cut from them, in compact binary files that load without
 * parsing: what a cold start at 10,000 documents spent most of its time on (JSON.parse of every
 * text, then a string for every passage) is deferred to the few documents a question touches.
 *
 * texts.bin (little-endian): document count n · Float64[n + 1] byte offsets · UTF-8 of each text
 *   in manifest order. A text is decoded the first time it is read.
 * chunks.bin: Int32[5 × passages] rows (document index, start, end, page or -1, section index);
 *   sections.json: the distinct heading paths. A passage's text is a slice of its document's text,
 *   taken when read.
 */
import { readFileSync } from "node:fs";
import type { Chunk } from "../domain";
import { readAligned } from "./read-aligned";

export function packTexts(ids: readonly string[], texts: Readonly<Record<string, string>>): Buffer {
  const encoded = ids.map((id) => Buffer.from(texts[id]!, "utf8"));
  const header = new Float64Array(ids.length + 2);
  header[0] = ids.length;
  let at = 0;
  encoded.forEach((bytes, i) => {
    header[i + 1] = at;
    at += bytes.length;
  });
  header[ids.length + 1] = at;
  return Buffer.concat([Buffer.from(header.buffer), ...encoded]);
}

/**
 * The texts by document id, each decoded from the UTF-8 on first access and then kept: a plain
 * object whose properties are getters over a cache. (Getters that replace themselves with the
 * decoded value were tried: redefining properties one by one on an object of 1,000 accessors cost
 * V8 milliseconds each.)
 */
export function unpackTexts(ids: readonly string[], file: string): Record<string, string> {
  const buffer = readAligned(file);
  const count = new Float64Array(buffer, 0, 1)[0]!;
  if (count !== ids.length) throw new Error(`${file} holds ${count} texts, the manifest ${ids.length} documents`);
  const offsets = new Float64Array(buffer, 8, count + 1);
  const base = 8 * (count + 2);
  if (base + offsets[count]! !== buffer.byteLength) throw new Error(`${file} has ${buffer.byteLength} bytes, expected ${base + offsets[count]!}`);
  const bytes = Buffer.from(buffer);
  const decoded: (string | undefined)[] = new Array(count);
  const texts: Record<string, string> = {};
  ids.forEach((id, i) => {
    const get = () => (decoded[i] ??= bytes.toString("utf8", base + offsets[i]!, base + offsets[i + 1]!));
    Object.defineProperty(texts, id, { enumerable: true, get });
  });
  return texts;
}

const ROW = 5;

export interface PackedChunks {
  rows: Buffer;
  sections: string;
}

export function packChunks(documentIds: readonly string[], chunks: readonly Chunk[]): PackedChunks {
  const docIndex = new Map(documentIds.map((id, i) => [id, i]));
  const sectionIds = new Map<string, number>();
  const sections: string[][] = [];
  const rows = new Int32Array(chunks.length * ROW);
  chunks.forEach((c, i) => {
    const key = JSON.stringify(c.section);
    let section = sectionIds.get(key);
    if (section === undefined) {
      section = sections.length;
      sectionIds.set(key, section);
      sections.push(c.section);
    }
    rows.set([docIndex.get(c.docId)!, c.start, c.end, c.page ?? -1, section], i * ROW);
  });
  return { rows: Buffer.from(rows.buffer), sections: JSON.stringify(sections) };
}

/** A stored passage: its text is read from its document's text when asked for. */
class StoredChunk implements Chunk {
  readonly #texts: Record<string, string>;

  constructor(
    readonly docId: string,
    readonly section: string[],
    readonly page: number | null,
    readonly start: number,
    readonly end: number,
    texts: Record<string, string>,
  ) {
    this.#texts = texts;
  }

  get text(): string {
    return this.#texts[this.docId]!.slice(this.start, this.end);
  }

  toJSON(): Chunk {
    return { docId: this.docId, section: this.section, page: this.page, start: this.start, end: this.end, text: this.text };
  }
}

export function unpackChunks(documentIds: readonly string[], rowsFile: string, sectionsFile: string, texts: Record<string, string>): Chunk[] {
  const rows = new Int32Array(readAligned(rowsFile));
  const sections = JSON.parse(readFileSync(sectionsFile, "utf8")) as string[][];
  const chunks: Chunk[] = new Array(rows.length / ROW);
  for (let i = 0, at = 0; i < chunks.length; i++, at += ROW) {
    const docId = documentIds[rows[at]!];
    const section = sections[rows[at + 4]!];
    if (docId === undefined || section === undefined) throw new Error(`${rowsFile}: passage ${i} names no document or section`);
    const page = rows[at + 3]!;
    chunks[i] = new StoredChunk(docId, section, page < 0 ? null : page, rows[at + 1]!, rows[at + 2]!, texts);
  }
  return chunks;
}
