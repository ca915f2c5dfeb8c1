/**
 * What one benchmark child process measures. Each task runs in a fresh process (see run.ts), so a
 * full build or a cold start is timed as a coordinator or a restarted bot would see it, and the
 * peak RSS a task reports is its own.
 */
import { appendFileSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { createRuntime, type Runtime } from "../bootstrap";
import { loadConfig } from "../config";
import { currentGeneration } from "../index/store";
import { findMunicipalities } from "../language/municipalities";
import { silentLogger } from "../log";
import { benchMunicipalities } from "./corpus";
import { comparePeers, type PeerFigures } from "./peers";
import { benchQuestions } from "./questions";
import { elapsedMs, peakRssMb, round, summarise, type Summary } from "./stats";

export interface Dirs {
  corpus: string;
  data: string;
}

async function runtime(dirs: Dirs): Promise<Runtime> {
  return createRuntime({ config: loadConfig({ DATA_DIR: dirs.data, CORPUS_DIR: dirs.corpus }), logger: silentLogger });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Bytes of the published index generation (older generations kept for readers not counted). */
export function indexBytes(dataDir: string): number {
  const indexDir = path.join(dataDir, "index");
  const generation = currentGeneration(indexDir);
  if (!generation) return 0;
  return filesUnder(path.join(indexDir, generation)).reduce((n, f) => n + statSync(f).size, 0);
}

export interface IngestRun {
  ms: number;
  documents: number;
  chunks: number;
  failed: number;
  bytes: number;
  pages: number;
  indexBytes: number;
  peakRssMb: number;
}

/** A full build from an empty data directory. */
export async function ingestTask(dirs: Dirs): Promise<IngestRun> {
  rmSync(dirs.data, { recursive: true, force: true });
  const { engine } = await runtime(dirs);
  const started = performance.now();
  const report = await engine.reindex();
  const ms = elapsedMs(started);
  const pages = engine.documents().reduce((n, d) => n + (d.format === "pdf" ? Math.max(1, d.pages.length) : 0), 0);
  const bytes = filesUnder(dirs.corpus).reduce((n, f) => n + statSync(f).size, 0);
  return { ms: round(ms), documents: report.documents, chunks: report.chunks, failed: report.failed, bytes, pages, indexBytes: indexBytes(dirs.data), peakRssMb: peakRssMb() };
}

export interface ReindexRun {
  ms: number;
  updated: number;
  unchanged: number;
  peakRssMb: number;
}

/** One document of an indexed corpus changes (a sentence added), then an incremental ingest. */
export async function reindexTask(dirs: Dirs, run: number): Promise<ReindexRun> {
  const files = filesUnder(dirs.corpus).sort();
  const file = files[(run * 7919) % files.length]!;
  appendFileSync(file, `\n\nTillägg ${run}: kommunstyrelsen följer upp arbetet varje år.\n`);
  const later = new Date(statSync(file).mtimeMs + 1000);
  utimesSync(file, later, later);
  const { engine } = await runtime(dirs);
  const started = performance.now();
  const report = await engine.reindex();
  return { ms: round(elapsedMs(started)), updated: report.updated, unchanged: report.unchanged, peakRssMb: peakRssMb() };
}

export interface ServeFigures {
  questions: number;
  rounds: number;
  /**
   * Per question: retrieval + extractive answer (Engine.ask), asked for the first time in this
   * process (the first question, which loads the index, left out): no cache has seen its words.
   */
  firstAskMs: Summary;
  /** The same, over the following rounds: the steady state of a running bot. */
  askMs: Summary;
  /**
   * askMs split by whether the question names a municipality (searched among its documents) or
   * not (searched among all): the second kind grows with the corpus, the first hardly at all.
   */
  askMsNamed: Summary;
  askMsUnnamed: Summary;
  /** Per question: retrieval alone (Engine.retrieve). */
  retrieveMs: Summary;
  abstained: number;
  peakRssMb: number;
}

/** A running bot: the index loaded once, the fixed questions asked round after round. */
export async function serveTask(dirs: Dirs, rounds: number): Promise<ServeFigures> {
  const { engine } = await runtime(dirs);
  const questions = benchQuestions(benchMunicipalities());
  let abstained = 0;
  const first: number[] = [];
  for (const [i, q] of questions.entries()) {
    const started = performance.now();
    if ((await engine.ask(q)).abstained) abstained++;
    if (i > 0) first.push(elapsedMs(started));
  }
  const ask: number[] = [];
  const byKind = { named: [] as number[], unnamed: [] as number[] };
  const retrieve: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      let started = performance.now();
      await engine.ask(q);
      ask.push(elapsedMs(started));
      byKind[findMunicipalities(q).length ? "named" : "unnamed"].push(ask.at(-1)!);
      started = performance.now();
      await engine.retrieve(q);
      retrieve.push(elapsedMs(started));
    }
  }
  return {
    questions: questions.length,
    rounds,
    firstAskMs: summarise(first),
    askMs: summarise(ask),
    askMsNamed: summarise(byKind.named),
    askMsUnnamed: summarise(byKind.unnamed),
    retrieveMs: summarise(retrieve),
    abstained,
    peakRssMb: peakRssMb(),
  };
}

export interface ColdStart {
  /** From process start to the engine's modules loaded and the runtime created. */
  startupMs: number;
  loadMs: number;
  firstAnswerMs: number;
  /** Loading the index and answering the first question: the figure the target is about. */
  coldMs: number;
  /** From process start to the first answer, everything included. */
  processMs: number;
}

/** A fresh process: load the index, answer one question. */
export async function coldTask(dirs: Dirs, question: string): Promise<ColdStart> {
  const { engine } = await runtime(dirs);
  const startupMs = performance.now();
  engine.index();
  const loadMs = performance.now() - startupMs;
  await engine.ask(question);
  const processMs = performance.now();
  return { startupMs: round(startupMs), loadMs: round(loadMs), firstAnswerMs: round(processMs - startupMs - loadMs), coldMs: round(processMs - startupMs), processMs: round(processMs) };
}

/** The same questions through styrdok and its peers over the same passages, interleaved. */
export async function peersTask(dirs: Dirs, maxQuestions: number, rounds: number): Promise<PeerFigures> {
  const { engine } = await runtime(dirs);
  return comparePeers(engine, benchQuestions(benchMunicipalities()).slice(0, maxQuestions), rounds);
}
