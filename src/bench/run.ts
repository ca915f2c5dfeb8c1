/**
 * The benchmark plan: generate the corpora, then run every measurement as child processes (see
 * tasks.ts) and gather the figures into one object. Repetitions are chosen so the whole run stays
 * under ten minutes on two cores; the 10,000-document index is built once and reused for the
 * question, cold-start and peer measurements.
 */
import { cpus, loadavg, totalmem } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { benchMunicipalities, pagesOf, readSources, syntheticDocument, writeCorpus } from "./corpus";
import type { PeerFigures } from "./peers";
import { benchQuestions } from "./questions";
import { round, summarise, type Summary } from "./stats";
import type { ColdStart, IngestRun, ReindexRun, ServeFigures } from "./tasks";

export type TaskName = "ingest" | "reindex" | "serve" | "cold" | "peers";

export interface BenchDeps {
  /** The project's corpus, re-assembled into the synthetic ones. */
  sourceDir: string;
  /** Where corpora and indexes are written (a temporary directory). */
  workDir: string;
  sizes: number[];
  makePdf: (pages: string[]) => Promise<Buffer>;
  /** Runs one task in a fresh process and returns what it printed. */
  runTask: (task: TaskName, args: string[]) => Promise<unknown>;
  progress: (message: string) => void;
}

const INGEST_RUNS = (size: number) => (size <= 100 ? 5 : size <= 1000 ? 3 : 1);
const COLD_RUNS = (size: number) => (size >= 10_000 ? 5 : 3);
const SERVE_ROUNDS = 5;
/** BM25Retriever scores every passage per question: at 10,000 documents a few questions must do. */
const PEER_QUESTIONS = (size: number) => (size >= 10_000 ? 5 : 1000);
const REINDEX_SIZE = 1000;
const REINDEX_RUNS = 7;
const PDF_FILES = 16;
const PDF_PAGE_CHARS = 1800;
const PDF_RUNS = 3;

export interface IngestFigures {
  documents: number;
  chunks: number;
  bytes: number;
  pages: number;
  ms: Summary;
  documentsPerSecond: number;
  pagesPerSecond: number;
  megabytesPerSecond: number;
  indexBytes: number;
  peakRssMb: number;
}

export interface SizeFigures {
  documents: number;
  ingest: IngestFigures;
  questions: ServeFigures;
  coldStart: { runs: number; loadMs: Summary; firstAnswerMs: Summary; coldMs: Summary; processMs: Summary };
  peers: PeerFigures;
}

export interface BenchResult {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    /** 1-minute load average before and after the run: other work on the machine skews the figures. */
    loadAverage: { before: number; after: number };
  };
  sizes: Record<string, SizeFigures>;
  pdfIngest: IngestFigures;
  reindex: { documents: number; runs: number; ms: Summary; peakRssMb: number };
  targets: Target[];
  totalSeconds: number;
}

export interface Target {
  name: string;
  limit: string;
  value: number | null;
  unit: string;
  met: boolean | null;
}

function ingestFigures(runs: IngestRun[]): IngestFigures {
  const last = runs.at(-1)!;
  if (runs.some((r) => r.failed)) throw new Error(`${last.documents} documents ingested with ${last.failed} failures`);
  const ms = summarise(runs.map((r) => r.ms));
  const perSecond = (amount: number, digits = 1) => round(amount / (ms.median / 1000), digits);
  return {
    documents: last.documents,
    chunks: last.chunks,
    bytes: last.bytes,
    pages: last.pages,
    ms,
    documentsPerSecond: perSecond(last.documents),
    pagesPerSecond: perSecond(last.pages),
    megabytesPerSecond: perSecond(last.bytes / 1e6, 3),
    indexBytes: last.indexBytes,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

async function repeat<T>(deps: BenchDeps, times: number, task: TaskName, args: (run: number) => string[]): Promise<T[]> {
  const out: T[] = [];
  for (let run = 0; run < times; run++) out.push((await deps.runTask(task, args(run))) as T);
  return out;
}

async function measureSize(deps: BenchDeps, size: number, sources: ReturnType<typeof readSources>): Promise<SizeFigures> {
  const corpus = path.join(deps.workDir, `corpus-${size}`);
  const data = path.join(deps.workDir, `data-${size}`);
  const dirs = ["--corpus", corpus, "--data", data];
  writeCorpus(corpus, size, sources);
  deps.progress(`${size} documents: full ingest ×${INGEST_RUNS(size)}`);
  const ingest = ingestFigures(await repeat<IngestRun>(deps, INGEST_RUNS(size), "ingest", () => dirs));
  deps.progress(`${size} documents: questions ×${SERVE_ROUNDS} rounds`);
  const questions = (await deps.runTask("serve", [...dirs, "--rounds", String(SERVE_ROUNDS)])) as ServeFigures;
  deps.progress(`${size} documents: cold start ×${COLD_RUNS(size)}`);
  const cold = await repeat<ColdStart>(deps, COLD_RUNS(size), "cold", () => dirs);
  deps.progress(`${size} documents: peers`);
  const peers = (await deps.runTask("peers", [...dirs, "--questions", String(PEER_QUESTIONS(size)), "--rounds", "1"])) as PeerFigures;
  const coldStart = {
    runs: cold.length,
    loadMs: summarise(cold.map((c) => c.loadMs)),
    firstAnswerMs: summarise(cold.map((c) => c.firstAnswerMs)),
    coldMs: summarise(cold.map((c) => c.coldMs)),
    processMs: summarise(cold.map((c) => c.processMs)),
  };
  return { documents: size, ingest, questions, coldStart, peers };
}

async function measurePdfIngest(deps: BenchDeps, sources: ReturnType<typeof readSources>): Promise<IngestFigures> {
  const corpus = path.join(deps.workDir, "corpus-pdf");
  mkdirSync(corpus, { recursive: true });
  const municipalities = benchMunicipalities();
  for (let i = 0; i < PDF_FILES; i++) {
    const first = syntheticDocument(2 * i, sources, municipalities);
    const second = syntheticDocument(2 * i + 1, sources, municipalities);
    const pages = pagesOf(`${first.text}\n\n${second.text}`, PDF_PAGE_CHARS);
    writeFileSync(path.join(corpus, first.fileName.replace(/\.txt$/, ".pdf")), await deps.makePdf(pages));
  }
  deps.progress(`${PDF_FILES} PDFs: full ingest ×${PDF_RUNS}`);
  const runs = await repeat<IngestRun>(deps, PDF_RUNS, "ingest", () => ["--corpus", corpus, "--data", path.join(deps.workDir, "data-pdf")]);
  return ingestFigures(runs);
}

async function measureReindex(deps: BenchDeps): Promise<BenchResult["reindex"]> {
  const dirs = ["--corpus", path.join(deps.workDir, `corpus-${REINDEX_SIZE}`), "--data", path.join(deps.workDir, `data-${REINDEX_SIZE}`)];
  deps.progress(`${REINDEX_SIZE} documents: one changed, incremental ingest ×${REINDEX_RUNS}`);
  const runs = await repeat<ReindexRun>(deps, REINDEX_RUNS, "reindex", (run) => [...dirs, "--run", String(run)]);
  if (runs.some((r) => r.updated !== 1)) throw new Error("an incremental ingest did not update exactly one document");
  return { documents: REINDEX_SIZE, runs: runs.length, ms: summarise(runs.map((r) => r.ms)), peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}

function target(name: string, limit: string, unit: string, value: number | undefined, met: (v: number) => boolean): Target {
  return value === undefined ? { name, limit, unit, value: null, met: null } : { name, limit, unit, value, met: met(value) };
}

export function targets(result: Omit<BenchResult, "targets" | "totalSeconds">): Target[] {
  const at = (size: number): SizeFigures | undefined => result.sizes[String(size)];
  return [
    target("p95 per question, 10,000 documents", "≤ 25", "ms", at(10_000)?.questions.askMs.p95, (v) => v <= 25),
    target("cold start (load + first answer), 10,000 documents, median", "≤ 2,000", "ms", at(10_000)?.coldStart.coldMs.median, (v) => v <= 2000),
    target("full ingest, 1,000 text documents, median", "≤ 30,000", "ms", at(1000)?.ingest.ms.median, (v) => v <= 30_000),
    target("incremental reindex, 1 of 1,000 changed, median", "≤ 2,000", "ms", result.reindex.ms.median, (v) => v <= 2000),
    target("BM25Retriever time / styrdok retrieval time, 1,000 documents", "≥ 10", "×", at(1000)?.peers.ratios.bm25Retriever, (v) => v >= 10),
  ];
}

export async function runBench(deps: BenchDeps): Promise<BenchResult> {
  const started = performance.now();
  const sources = readSources(deps.sourceDir);
  const cpu = cpus();
  const loadBefore = round(loadavg()[0]!, 2);
  const sizes: Record<string, SizeFigures> = {};
  for (const size of deps.sizes) sizes[String(size)] = await measureSize(deps, size, sources);
  if (!sizes[String(REINDEX_SIZE)]) {
    writeCorpus(path.join(deps.workDir, `corpus-${REINDEX_SIZE}`), REINDEX_SIZE, sources);
    await deps.runTask("ingest", ["--corpus", path.join(deps.workDir, `corpus-${REINDEX_SIZE}`), "--data", path.join(deps.workDir, `data-${REINDEX_SIZE}`)]);
  }
  const reindex = await measureReindex(deps);
  const pdfIngest = await measurePdfIngest(deps, sources);
  const machine = {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? "unknown",
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: process.platform,
    loadAverage: { before: loadBefore, after: round(loadavg()[0]!, 2) },
  };
  const partial = { machine, sizes, pdfIngest, reindex };
  return { ...partial, targets: targets(partial), totalSeconds: round((performance.now() - started) / 1000, 1) };
}

/** The question a cold start answers: the first of the fixed set. */
export function coldQuestion(): string {
  return benchQuestions(benchMunicipalities())[0]!;
}
