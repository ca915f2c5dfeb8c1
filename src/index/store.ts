/**
 * The index on disk: DATA_DIR/index/CURRENT names a generation directory holding the manifest,
 * the document texts, the passages, the lexical index and the vectors.
 *
 * A new generation is written beside the old one and published by atomically replacing CURRENT
 * (write to a temporary file, fsync, rename). A crash or kill at any moment leaves CURRENT naming
 * a complete generation, so readers always see either the old index or the new one.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Chunk, DocumentFormat, DocumentMetadata, PageStart } from "../domain";
import { StyrdokError } from "../errors";
import type { EmbeddingsInfo } from "./embeddings";
import { LexicalIndex, type LexicalHeader } from "./lexical";
import { packChunks, packTexts, unpackChunks, unpackTexts } from "./passage-files";
import { readAligned } from "./read-aligned";
import { VectorIndex } from "./vectors";

/** Bump when the files of a generation change: an index of another version is rebuilt, not read. */
export const SCHEMA_VERSION = 2;

export interface DocumentEntry {
  id: string;
  /** Absolute path of the source file. */
  source: string;
  /** sha256 of the file's bytes, and of its sidecar (null when it has none). */
  hash: string;
  sidecarHash: string | null;
  bytes: number;
  mtimeMs: number;
  format: DocumentFormat;
  /** The version of the reading (blocks, passages, metadata) that made this entry; absent in indexes built before it was recorded (version 1). */
  parser?: number;
  metadata: DocumentMetadata;
  pages: PageStart[];
  warnings: string[];
  firstChunk: number;
  chunkCount: number;
}

export interface Manifest {
  schema: number;
  createdAt: string;
  embeddings: EmbeddingsInfo;
  analyzer: string;
  documents: DocumentEntry[];
  chunkCount: number;
  lexical: LexicalHeader;
}

export interface IndexContents {
  manifest: Manifest;
  /** Normalised text of each document, by id. */
  texts: Record<string, string>;
  /** Passages in ordinal order, grouped by document in manifest order. */
  chunks: Chunk[];
  lexical: LexicalIndex;
  /** One row of `embeddings.dimensions` floats per passage ordinal. */
  vectors: Float32Array;
  graph: VectorIndex;
}

export interface LoadedIndex extends IndexContents {
  generation: string;
}

const FILES = {
  manifest: "manifest.json",
  texts: "texts.bin",
  chunks: "chunks.bin",
  sections: "sections.json",
  lexical: "lexical.bin",
  vocabulary: "lexical-vocabulary.json",
  vectors: "vectors.f32",
  graph: "vectors.hnsw",
  labels: "vectors.labels",
};

/** Flushes a file's (or a directory's entries') data to disk. */
export function sync(file: string): void {
  const fd = openSync(file, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes the file and flushes it to disk before returning. */
export function writeDurable(file: string, data: string | Buffer): void {
  writeFileSync(file, data);
  sync(file);
}

/** Writes a new generation and publishes it. Returns the generation's name. */
export function saveIndex(indexDir: string, contents: IndexContents, clock: () => Date = () => new Date()): string {
  mkdirSync(indexDir, { recursive: true });
  const generation = `gen-${clock().toISOString().replace(/[-:.TZ]/g, "")}-${process.pid}`;
  const staging = path.join(indexDir, `${generation}.tmp`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  const file = (name: string) => path.join(staging, name);
  const ids = contents.manifest.documents.map((d) => d.id);
  writeDurable(file(FILES.texts), packTexts(ids, contents.texts));
  const packed = packChunks(ids, contents.chunks);
  writeDurable(file(FILES.chunks), packed.rows);
  writeDurable(file(FILES.sections), packed.sections);
  // The lexical index and the graph write their own files; they are flushed like the others, so a
  // power cut after CURRENT moves cannot leave a published generation with empty files.
  contents.lexical.save(file(FILES.lexical), file(FILES.vocabulary));
  writeDurable(file(FILES.vectors), Buffer.from(contents.vectors.buffer, contents.vectors.byteOffset, contents.vectors.byteLength));
  contents.graph.save(file(FILES.graph), file(FILES.labels));
  for (const name of [FILES.lexical, FILES.vocabulary, FILES.graph, FILES.labels]) sync(file(name));
  // The manifest goes last: a generation without one is incomplete by definition.
  writeDurable(file(FILES.manifest), JSON.stringify(contents.manifest));
  sync(staging);
  renameSync(staging, path.join(indexDir, generation));
  const pointer = path.join(indexDir, "CURRENT.tmp");
  writeDurable(pointer, generation);
  renameSync(pointer, path.join(indexDir, "CURRENT"));
  sync(indexDir);
  removeStaleGenerations(indexDir, generation);
  return generation;
}

/** Keeps the published generation and the one before it (readers may still have it open). */
function removeStaleGenerations(indexDir: string, current: string): void {
  const generations = readdirSync(indexDir)
    .filter((name) => name.startsWith("gen-") && name !== current)
    .sort();
  const previous = generations.filter((name) => !name.endsWith(".tmp")).at(-1);
  for (const name of generations) {
    if (name !== previous) rmSync(path.join(indexDir, name), { recursive: true, force: true });
  }
}

export function currentGeneration(indexDir: string): string | null {
  try {
    return readFileSync(path.join(indexDir, "CURRENT"), "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** When CURRENT last changed: lets a running bot notice a reindex done by another process. */
export function indexStamp(indexDir: string): number | null {
  try {
    return statSync(path.join(indexDir, "CURRENT")).mtimeMs;
  } catch {
    return null;
  }
}

export function readManifest(indexDir: string): Manifest | null {
  const generation = currentGeneration(indexDir);
  if (!generation) return null;
  try {
    return JSON.parse(readFileSync(path.join(indexDir, generation, FILES.manifest), "utf8")) as Manifest;
  } catch {
    return null;
  }
}

export interface Expected {
  embeddings: EmbeddingsInfo;
  analyzer: string;
}

export function checkCompatible(manifest: Manifest, expected: Expected): void {
  if (manifest.schema !== SCHEMA_VERSION || manifest.analyzer !== expected.analyzer) {
    throw new StyrdokError("index-incompatible", "The index was built by another version of styrdok: run npm run ingest to rebuild it.");
  }
  const built = manifest.embeddings;
  if (built.name !== expected.embeddings.name || built.dimensions !== expected.embeddings.dimensions) {
    throw new StyrdokError(
      "index-incompatible",
      `Index built with other embeddings (${built.name}, ${built.dimensions} dimensions; now ${expected.embeddings.name}, ${expected.embeddings.dimensions}): run npm run ingest.`,
    );
  }
}

export function loadIndex(indexDir: string, expected: Expected): LoadedIndex {
  const generation = currentGeneration(indexDir);
  if (!generation || !existsSync(path.join(indexDir, generation))) {
    throw new StyrdokError("index-missing", `No index in ${indexDir}: run npm run ingest to build it from the corpus.`);
  }
  const dir = path.join(indexDir, generation);
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, FILES.manifest), "utf8")) as Manifest;
    checkCompatible(manifest, expected);
    const ids = manifest.documents.map((d) => d.id);
    const texts = unpackTexts(ids, path.join(dir, FILES.texts));
    const chunks = unpackChunks(ids, path.join(dir, FILES.chunks), path.join(dir, FILES.sections), texts);
    const lexical = LexicalIndex.load(path.join(dir, FILES.lexical), path.join(dir, FILES.vocabulary), manifest.lexical);
    const vectors = new Float32Array(readAligned(path.join(dir, FILES.vectors)));
    const dims = manifest.embeddings.dimensions;
    if (vectors.length !== manifest.chunkCount * dims || chunks.length !== manifest.chunkCount) {
      throw new Error("passage count does not match the manifest");
    }
    const graph = manifest.chunkCount ? VectorIndex.load(path.join(dir, FILES.graph), path.join(dir, FILES.labels), vectors, dims) : VectorIndex.build(vectors, dims);
    return { generation, manifest, texts, chunks, lexical, vectors, graph };
  } catch (error) {
    if (error instanceof StyrdokError) throw error;
    throw new StyrdokError("index-damaged", `The index in ${indexDir} is damaged: run npm run ingest to rebuild it.`, { cause: error });
  }
}
