/**
 * The peers: LangChain's BM25Retriever (what a LangChain app reaches for first) and MiniSearch (a
 * popular in-memory full-text index), given the very passages styrdok searches — each passage's
 * section headings and text, as styrdok indexes them — and the same questions, top 10.
 *
 * BM25Retriever keeps no index: it tokenises and scores every passage on each question. MiniSearch
 * builds an inverted index once (timed separately). Neither does language analysis, fusion with
 * vectors or re-scoring, so the comparison favours them.
 */
import { BM25Retriever } from "@langchain/community/retrievers/bm25";
import { Document } from "@langchain/core/documents";
import MiniSearch from "minisearch";
import type { Engine } from "../engine";
import { indexText } from "../index/text-analyzer";
import { elapsedMs, round, summarise, type Summary } from "./stats";

export interface PeerFigures {
  passages: number;
  questions: number;
  styrdok: { retrieveMs: Summary; askMs: Summary };
  bm25Retriever: { ms: Summary };
  minisearch: { buildMs: number; ms: Summary };
  /**
   * Peer time per question over styrdok's, by median: against styrdok's retrieval (the same job),
   * and against its whole answer (retrieval + extractive answer), the stricter comparison.
   */
  ratios: { bm25Retriever: number; minisearch: number; bm25RetrieverVsAnswer: number; minisearchVsAnswer: number };
}

async function timed(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return elapsedMs(started);
}

export async function comparePeers(engine: Engine, questions: string[], rounds: number): Promise<PeerFigures> {
  const index = engine.index();
  const texts = index.chunks.map((c) => indexText(c.section, c.text));
  const bm25 = BM25Retriever.fromDocuments(texts.map((pageContent, ordinal) => new Document({ pageContent, metadata: { ordinal } })), { k: 10 });
  const started = performance.now();
  const minisearch = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  minisearch.addAll(texts.map((text, id) => ({ id, text })));
  const buildMs = elapsedMs(started);
  for (const q of questions.slice(0, 3)) {
    await engine.ask(q);
    minisearch.search(q);
  }
  const samples = { retrieve: [] as number[], ask: [] as number[], bm25: [] as number[], minisearch: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      samples.retrieve.push(await timed(() => engine.retrieve(q)));
      samples.ask.push(await timed(() => engine.ask(q)));
      samples.bm25.push(await timed(() => bm25.invoke(q)));
      samples.minisearch.push(await timed(() => minisearch.search(q).slice(0, 10)));
    }
  }
  const ours = summarise(samples.retrieve);
  const answer = summarise(samples.ask);
  const peers = { bm25: summarise(samples.bm25), minisearch: summarise(samples.minisearch) };
  return {
    passages: texts.length,
    questions: questions.length,
    styrdok: { retrieveMs: ours, askMs: answer },
    bm25Retriever: { ms: peers.bm25 },
    minisearch: { buildMs: round(buildMs), ms: peers.minisearch },
    ratios: {
      bm25Retriever: round(peers.bm25.median / ours.median, 1),
      minisearch: round(peers.minisearch.median / ours.median, 1),
      bm25RetrieverVsAnswer: round(peers.bm25.median / answer.median, 1),
      minisearchVsAnswer: round(peers.minisearch.median / answer.median, 1),
    },
  };
}
