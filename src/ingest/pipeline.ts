/**
 * Incremental ingest: scan → (re)read what changed → normalise → metadata → chunks → embed →
 * build the lexical index and the vector graph → publish a new index generation atomically.
 *
 * Unchanged files (same size and modification time, or same content hash) are not parsed again and
 * keep their passages and vectors; removed files leave the index; a file that fails to parse is
 * reported and, if an earlier version was indexed, that version stays.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Limits } from "../config";
import type { Chunk } from "../domain";
import { userMessage } from "../errors";
import type { NamedEmbeddings } from "../index/embeddings";
import { LexicalBuilder } from "../index/lexical-builder";
import { acquireLock } from "../index/lock";
import { checkCompatible, loadIndex, readManifest, saveIndex, SCHEMA_VERSION, type DocumentEntry, type Manifest } from "../index/store";
import { indexText, type TextAnalyzer } from "../index/text-analyzer";
import { VectorIndex } from "../index/vectors";
import type { Logger } from "../log";
import { chunkDocument } from "./chunk";
import { loadBuffer, loadFile, SUPPORTED_EXTENSIONS } from "./loaders";
import { legacyWord } from "./loaders/failures";
import { extractMetadata, type MunicipalityMention } from "./metadata";
import { normalise } from "./normalise";
import type { FileReport, IngestReport } from "./report";
import { isFolderNote, isUnder, readSidecar, scanPaths, sha256, slugFromFile, uniqueId } from "./scan";

export interface IngestDeps {
  indexDir: string;
  corpusDir: string;
  limits: Limits;
  embeddings: NamedEmbeddings;
  analyzer: TextAnalyzer;
  /** Public bodies named in a text: who issued a document is read from them. */
  findPublicBodies: (text: string) => MunicipalityMention[];
  logger: Logger;
  clock?: () => Date;
}

/**
 * Bump when the same file would be read into other text, passages or metadata (block rules,
 * chunking): a document indexed by another version is read again, though its bytes are unchanged.
 */
export const PARSER_VERSION = 23;

/** How many files are parsed at once. */
const PARSE_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** A document for the new index: either kept from the previous index, or freshly parsed. */
type Prepared =
  | { kind: "kept"; entry: DocumentEntry }
  | { kind: "parsed"; entry: Omit<DocumentEntry, "firstChunk" | "chunkCount">; text: string; chunks: Chunk[] };

type Outcome = { doc: Prepared } | { error: unknown };

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") && path.isAbsolute(file) ? file : relative;
}

function skipReason(file: string, folderNote: boolean): string {
  if (folderNote) return "describes its folder rather than being a governing document: to index it anyway, pass the file itself to npm run ingest";
  const extension = path.extname(file).toLowerCase();
  if (extension === ".doc") return legacyWord().message;
  return `not a supported format (${extension || "no extension"}): use PDF, DOCX, TXT or Markdown`;
}

/** The previous manifest, when the index it describes can be reused by this build. */
function reusableManifest(manifest: Manifest | null, deps: IngestDeps): Manifest | null {
  if (!manifest) return null;
  try {
    checkCompatible(manifest, { embeddings: deps.embeddings.info, analyzer: deps.analyzer.name });
    return manifest;
  } catch {
    return null;
  }
}

interface FileState {
  file: string;
  id: string;
  bytes: Buffer;
  mtimeMs: number;
  sidecar: ReturnType<typeof readSidecar>;
}

async function parse(state: FileState, deps: IngestDeps): Promise<Prepared> {
  const { file, id, bytes, sidecar } = state;
  const loaded = await loadBuffer(bytes, path.basename(file), { maxBytes: deps.limits.maxFileBytes, timeoutMs: deps.limits.parseTimeoutMs });
  const normalised = normalise(loaded.pages, loaded.format);
  const metadata = extractMetadata(normalised, {
    fileName: path.basename(file),
    properties: loaded.properties,
    sidecar: sidecar.fields,
    findPublicBodies: deps.findPublicBodies,
  });
  const chunks = chunkDocument(id, normalised);
  const warnings = [...loaded.warnings];
  if (!chunks.length) warnings.push("no passages could be cut from the text");
  return {
    kind: "parsed",
    entry: {
      id,
      source: file,
      hash: sha256(bytes),
      sidecarHash: sidecar.raw === null ? null : sha256(sidecar.raw),
      bytes: bytes.length,
      mtimeMs: state.mtimeMs,
      format: loaded.format,
      parser: PARSER_VERSION,
      metadata,
      pages: normalised.pages,
      warnings,
    },
    text: normalised.text,
    chunks,
  };
}

export async function ingest(deps: IngestDeps, paths: string[] = []): Promise<IngestReport> {
  const started = Date.now();
  const lock = await acquireLock(deps.indexDir);
  try {
    return await ingestLocked(deps, paths, started);
  } finally {
    lock.release();
  }
}

/**
 * Files an index that cannot be reused (built by another version of styrdok, or with other
 * embeddings) held from outside `roots`: they are read again rather than dropped, since nothing
 * but that index remembers that a coordinator ingested them from elsewhere.
 */
function carriedOver(previous: Manifest | null, roots: string[]): string[] {
  return (previous?.documents ?? []).map((d) => d.source).filter((file) => !isUnder(file, roots) && existsSync(file));
}

async function ingestLocked(deps: IngestDeps, paths: string[], started: number): Promise<IngestReport> {
  const roots = (paths.length ? paths : [deps.corpusDir]).map((p) => path.resolve(p));
  const previous = readManifest(deps.indexDir);
  const manifest = reusableManifest(previous, deps);
  const carried = manifest ? [] : carriedOver(previous, roots);
  const known = new Map((manifest?.documents ?? []).map((d) => [d.source, d]));
  const taken = new Set([...known.values()].map((d) => d.id));
  const reports: FileReport[] = [];
  const reportOf = new Map<string, FileReport>();
  const prepared = new Map<string, Prepared>();
  let changed = !manifest;

  // Files are prepared in scan order (ids are handed out in that order) but up to PARSE_CONCURRENCY
  // parse at once: PDF and DOCX parsing runs in worker threads, so the cores share the work.
  const inFlight: { file: string; old: DocumentEntry | null; report: FileReport; outcome: Promise<Outcome> }[] = [];
  const settle = async (next: (typeof inFlight)[number]) => {
    const { file, old, report } = next;
    const outcome = await next.outcome;
    if ("doc" in outcome) {
      prepared.set(file, outcome.doc);
      if (outcome.doc.kind === "parsed") {
        const { entry, chunks } = outcome.doc;
        const reread = old && old.parser !== PARSER_VERSION && old.hash === entry.hash;
        const warnings = reread ? [...entry.warnings, "read again: this version of styrdok reads documents differently"] : entry.warnings;
        Object.assign(report, { docId: entry.id, status: old ? "updated" : "added", chunks: chunks.length, warnings });
        changed = true;
      }
      return;
    }
    Object.assign(report, { status: "failed", error: userMessage(outcome.error), chunks: old ? old.chunkCount : 0 });
    if (old) {
      prepared.set(file, { kind: "kept", entry: old });
      report.warnings.push("the previously indexed version stays in the index");
    }
    deps.logger.warn("ingest.file_failed", { file: report.path, error: report.error });
  };

  for (const { path: file, named } of scanPaths([...roots, ...carried])) {
    const old = known.get(file) ?? null;
    const report: FileReport = { path: displayPath(file), docId: old?.id ?? null, status: "unchanged", chunks: old?.chunkCount ?? 0, warnings: [], error: null };
    reports.push(report);
    reportOf.set(file, report);
    // A folder's README or INDEX is skipped when found in a folder, unless it was indexed before
    // (named on its own, or uploaded), so a later scan of the folder does not drop it.
    const folderNote = !named && !old && isFolderNote(file);
    if (!SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase()) || folderNote) {
      Object.assign(report, { docId: null, chunks: 0, status: "skipped", error: skipReason(file, folderNote) });
      continue;
    }
    // Settled at once, so a failure waiting its turn is never an unhandled rejection.
    const outcome = prepare(file, old, deps, taken).then((doc): Outcome => ({ doc }), (error: unknown): Outcome => ({ error }));
    inFlight.push({ file, old, report, outcome });
    if (inFlight.length >= PARSE_CONCURRENCY) await settle(inFlight.shift()!);
  }
  while (inFlight.length) await settle(inFlight.shift()!);

  for (const old of known.values()) {
    if (prepared.has(old.source)) continue;
    if (isUnder(old.source, roots)) {
      reports.push({ path: displayPath(old.source), docId: old.id, status: "removed", chunks: 0, warnings: [], error: null });
      changed = true;
    } else {
      prepared.set(old.source, { kind: "kept", entry: old });
    }
  }

  if (withoutCopies(prepared, reportOf, reports)) changed = true;
  const totals = await publish(deps, [...prepared.values()], changed);
  return summarise(reports, started, totals);
}

/**
 * A file with the same bytes and sidecar as another document (a copy in another folder, the same
 * PDF uploaded under another name) is indexed once: otherwise each of its passages would be found,
 * and quoted, twice. The one indexed before stays, else the first found; each other is reported
 * as skipped, naming it. Returns whether a copy indexed before has left the index.
 */
function withoutCopies(prepared: Map<string, Prepared>, reportOf: ReadonlyMap<string, FileReport>, reports: FileReport[]): boolean {
  const firstOf = new Map<string, { file: string; title: string }>();
  let dropped = false;
  // Stable sort: documents indexed before first, each kind in the order found.
  const candidates = [...prepared].sort(([, a], [, b]) => Number(b.kind === "kept") - Number(a.kind === "kept"));
  for (const [file, doc] of candidates) {
    const key = `${doc.entry.hash} ${doc.entry.sidecarHash ?? ""}`;
    const first = firstOf.get(key);
    if (!first) {
      firstOf.set(key, { file, title: doc.entry.metadata.title });
      continue;
    }
    prepared.delete(file);
    dropped ||= doc.kind === "kept";
    const error = `same content as "${first.title}" (${displayPath(first.file)}), which is indexed: a document is indexed once`;
    const skipped = { docId: null, status: "skipped" as const, chunks: 0, warnings: [], error };
    const report = reportOf.get(file);
    if (report) Object.assign(report, skipped);
    else reports.push({ path: displayPath(file), ...skipped });
  }
  return dropped;
}

/** Keeps an unchanged file's indexed version (without reading it when size and time match), or parses it. */
async function prepare(file: string, old: DocumentEntry | null, deps: IngestDeps, taken: Set<string>): Promise<Prepared> {
  const stat = statSync(file);
  const sidecar = readSidecar(file);
  const sameSidecar = old?.sidecarHash === (sidecar.raw === null ? null : sha256(sidecar.raw));
  const reusable = sameSidecar && old?.parser === PARSER_VERSION;
  if (old && reusable && old.bytes === stat.size && old.mtimeMs === stat.mtimeMs) return { kind: "kept", entry: old };
  // Over the size limit: the loader refuses it by its size, without reading it.
  if (stat.size > deps.limits.maxFileBytes) await loadFile(file, { maxBytes: deps.limits.maxFileBytes });
  const bytes = readFileSync(file);
  if (old && reusable && old.hash === sha256(bytes)) return { kind: "kept", entry: { ...old, mtimeMs: stat.mtimeMs } };
  const id = old?.id ?? uniqueId(slugFromFile(file), taken);
  return parse({ file, id, bytes, mtimeMs: stat.mtimeMs, sidecar }, deps);
}

interface Totals {
  written: boolean;
  documents: number;
  chunks: number;
}

/** Vectors of new passages, from the terms just analysed when the embeddings work from those. */
async function embedChunks(deps: IngestDeps, chunks: Chunk[], terms: readonly string[][]): Promise<Float32Array> {
  const dims = deps.embeddings.info.dimensions;
  const out = new Float32Array(chunks.length * dims);
  const { fromTerms } = deps.embeddings;
  if (fromTerms?.analyzer === deps.analyzer.name) {
    terms.forEach((t, i) => out.set(fromTerms.embed(t), i * dims));
    return out;
  }
  const rows = await deps.embeddings.embeddings.embedDocuments(chunks.map((c) => indexText(c.section, c.text)));
  rows.forEach((row, i) => out.set(row, i * dims));
  return out;
}

/**
 * Builds and writes a new index generation from the prepared documents, unless nothing changed.
 * Kept documents cost no analysis and no embedding: their passages' terms come from the previous
 * lexical index, their vectors from the previous vectors, their graph nodes stay in the graph.
 */
async function publish(deps: IngestDeps, docs: Prepared[], changed: boolean): Promise<Totals> {
  docs.sort((a, b) => a.entry.source.localeCompare(b.entry.source));
  const count = (d: Prepared) => (d.kind === "kept" ? d.entry.chunkCount : d.chunks.length);
  const chunkTotal = docs.reduce((n, d) => n + count(d), 0);
  if (!changed) return { written: false, documents: docs.length, chunks: chunkTotal };
  const previous = docs.some((d) => d.kind === "kept") ? loadIndex(deps.indexDir, { embeddings: deps.embeddings.info, analyzer: deps.analyzer.name }) : null;
  const dims = deps.embeddings.info.dimensions;
  const documents: DocumentEntry[] = [];
  const chunks: Chunk[] = [];
  const texts: Record<string, string> = {};
  const vectors = new Float32Array(chunkTotal * dims);
  /** For each new ordinal, the ordinal the passage had in the previous index, or -1. */
  const previousOrdinal = new Int32Array(chunkTotal).fill(-1);
  const lexical = new LexicalBuilder();
  for (const doc of docs) {
    const first = chunks.length;
    if (doc.kind === "kept") {
      const { firstChunk, chunkCount, id } = doc.entry;
      chunks.push(...previous!.chunks.slice(firstChunk, firstChunk + chunkCount));
      vectors.set(previous!.vectors.subarray(firstChunk * dims, (firstChunk + chunkCount) * dims), first * dims);
      texts[id] = previous!.texts[id]!;
      for (let i = 0; i < chunkCount; i++) {
        previousOrdinal[first + i] = firstChunk + i;
        lexical.addKept(previous!.lexical, firstChunk + i);
      }
    } else {
      const analysed = doc.chunks.map((c) => deps.analyzer.analyze(indexText(c.section, c.text)));
      const terms = analysed.map((a) => a.map((t) => t.term));
      chunks.push(...doc.chunks);
      vectors.set(await embedChunks(deps, doc.chunks, terms), first * dims);
      analysed.forEach((a, i) => lexical.addTerms(terms[i]!, a.filter((t) => t.kind !== "part").map((t) => t.term)));
      texts[doc.entry.id] = doc.text;
    }
    documents.push({ ...doc.entry, firstChunk: first, chunkCount: chunks.length - first });
  }
  const graph = previous ? previous.graph.update(vectors, previousOrdinal) : VectorIndex.build(vectors, dims);
  const index = lexical.build();
  const manifest: Manifest = {
    schema: SCHEMA_VERSION,
    createdAt: (deps.clock ?? (() => new Date()))().toISOString(),
    embeddings: deps.embeddings.info,
    analyzer: deps.analyzer.name,
    documents,
    chunkCount: chunks.length,
    lexical: index.header,
  };
  saveIndex(deps.indexDir, { manifest, texts, chunks, lexical: index, vectors, graph }, deps.clock);
  return { written: true, documents: documents.length, chunks: chunks.length };
}

function summarise(files: FileReport[], started: number, totals: Totals): IngestReport {
  const count = (status: FileReport["status"]) => files.filter((f) => f.status === status).length;
  return {
    files,
    added: count("added"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    removed: count("removed"),
    failed: count("failed"),
    skipped: count("skipped"),
    documents: totals.documents,
    chunks: totals.chunks,
    indexWritten: totals.written,
    ms: Date.now() - started,
  };
}
