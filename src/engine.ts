/**
 * The engine every front end calls: ask a question, list the documents, reindex. It owns the
 * loaded index and swaps it for a newer generation as soon as one is published (by this process
 * or by `npm run ingest` elsewhere), so questions never see a half-built index.
 */
import type { Config } from "./config";
import type { Answer } from "./domain";
import { StyrdokError } from "./errors";
import { abstention, nothingFound, shouldAbstain, unknownMunicipality } from "./answer/abstain";
import { extractiveAnswer, rankedPassages } from "./answer/extractive";
import type { NamedEmbeddings } from "./index/embeddings";
import { currentGeneration, loadIndex, type DocumentEntry, type LoadedIndex } from "./index/store";
import { ingest } from "./ingest/pipeline";
import type { IngestReport } from "./ingest/report";
import type { Logger } from "./log";
import type { LanguageKit } from "./retrieve/kit";
import { analyseQuery, type AnalysedQuery } from "./retrieve/query";
import { search, type SearchHit } from "./retrieve/search";

export interface EngineDeps {
  config: Config;
  kit: LanguageKit;
  embeddings: NamedEmbeddings;
  logger: Logger;
  clock?: () => Date;
}

export interface Retrieval {
  index: LoadedIndex;
  query: AnalysedQuery;
  hits: SearchHit[];
  /** Municipalities named in the question that the corpus has no documents from. */
  unknown: string[];
}

export const PASSAGES_RETURNED = 10;

export class Engine {
  private loaded: LoadedIndex | null = null;
  private readonly clock: () => Date;

  constructor(private readonly deps: EngineDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The current index, reloaded when a newer generation has been published. */
  index(): LoadedIndex {
    const { indexDir } = this.deps.config;
    if (!this.loaded || currentGeneration(indexDir) !== this.loaded.generation) {
      this.loaded = loadIndex(indexDir, { embeddings: this.deps.embeddings.info, analyzer: this.deps.kit.analyzer.name });
      this.deps.logger.info("index.loaded", { generation: this.loaded.generation, documents: this.loaded.manifest.documents.length });
    }
    return this.loaded;
  }

  documents(): DocumentEntry[] {
    return this.index().manifest.documents;
  }

  municipalities(): string[] {
    const names = this.documents().map((d) => d.metadata.municipality).filter((m): m is string => Boolean(m));
    return [...new Set(names)].sort((a, b) => a.localeCompare(b, "sv"));
  }

  async reindex(paths: string[] = []): Promise<IngestReport> {
    const { config, embeddings, kit, logger } = this.deps;
    const report = await ingest(
      { indexDir: config.indexDir, corpusDir: config.corpusDir, limits: config.limits, embeddings, analyzer: kit.analyzer, findMunicipalities: kit.findMunicipalities, logger, clock: this.clock },
      paths,
    );
    logger.info("ingest.done", { added: report.added, updated: report.updated, removed: report.removed, failed: report.failed, ms: report.ms });
    return report;
  }

  /** Search only: the analysed question and the ranked passages, scoped to the municipalities it names. */
  async retrieve(question: string, k = PASSAGES_RETURNED): Promise<Retrieval> {
    const index = this.index();
    const query = analyseQuery(question, this.deps.kit);
    const have = new Set(this.municipalities());
    const named = query.municipalities.filter((m) => have.has(m));
    const unknown = query.municipalities.filter((m) => !have.has(m));
    const documents = named.length
      ? new Set(index.manifest.documents.filter((d) => named.includes(d.metadata.municipality ?? "")).map((d) => d.id))
      : undefined;
    if (unknown.length && !named.length) return { index, query, hits: [], unknown };
    const vector = await this.deps.embeddings.embeddings.embedQuery(query.embeddingText);
    const hits = search(index, this.deps.kit, query, vector, { k, documents });
    return { index, query, hits, unknown };
  }

  async ask(rawQuestion: string): Promise<Answer> {
    const question = cleanQuestion(rawQuestion, this.deps.config.limits.maxQuestionChars);
    const started = performance.now();
    const { index, query, hits, unknown } = await this.retrieve(question);
    const passages = rankedPassages(index, hits);
    let answer: Answer;
    if (unknown.length && !hits.length) {
      answer = abstention(question, query.language, unknownMunicipality(query.language, unknown, this.municipalities()), passages);
    } else if (!hits.length || shouldAbstain(hits)) {
      answer = abstention(question, query.language, nothingFound(query.language, this.municipalities()), passages);
    } else {
      answer = extractiveAnswer(index, this.deps.kit, query, hits, this.clock().toISOString().slice(0, 10));
    }
    this.deps.logger.info("question.answered", {
      question,
      ms: Math.round(performance.now() - started),
      abstained: answer.abstained,
      cited: [...new Set(answer.citations.map((c) => c.docId))],
    });
    return answer;
  }
}

/** Control characters out, whitespace collapsed, length capped; an empty question is an error. */
export function cleanQuestion(raw: string, maxChars: number): string {
  const question = raw
    .replace(/[\u0000-\u001F\u007F]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxChars)
    .trim();
  if (!question) throw new StyrdokError("bad-request", "Ask a question, for example: who follows up international work in Växjö?");
  return question;
}
