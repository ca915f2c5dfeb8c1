/**
 * The engine every front end calls: ask a question, list the documents, reindex. It owns the
 * loaded index and swaps it for a newer generation as soon as one is published (by this process
 * or by `npm run ingest` elsewhere), so questions never see a half-built index.
 */
import path from "node:path";
import type { Config } from "./config";
import type { Answer } from "./domain";
import { StyrdokError } from "./errors";
import { abstention, nothingFound, shouldAbstain, unknownMunicipality } from "./answer/abstain";
import { extractiveAnswer, rankedPassages } from "./answer/extractive";
import type { NamedEmbeddings } from "./index/embeddings";
import { documentCatalogue } from "./index/catalogue";
import { currentGeneration, loadIndex, type DocumentEntry, type LoadedIndex } from "./index/store";
import { ingest } from "./ingest/pipeline";
import { stageUpload } from "./ingest/upload";
import type { IngestReport } from "./ingest/report";
import type { Logger } from "./log";
import type { LanguageKit } from "./retrieve/kit";
import { standaloneQuestion } from "./retrieve/follow-up";
import { analyseQuery, type AnalysedQuery } from "./retrieve/query";
import { search, type SearchHit, type SearchMode } from "./retrieve/search";

export interface EngineDeps {
  config: Config;
  kit: LanguageKit;
  embeddings: NamedEmbeddings;
  logger: Logger;
  clock?: () => Date;
  /** Only for measuring: run part of the search (see SearchMode). */
  searchMode?: SearchMode;
}

export interface Retrieval {
  index: LoadedIndex;
  query: AnalysedQuery;
  hits: SearchHit[];
  /** Municipalities named in the question that the corpus has no documents from. */
  unknown: string[];
}

export const PASSAGES_RETURNED = 10;

export interface IndexStatus {
  documents: number;
  passages: number;
  generation: string;
  builtAt: string;
  ageSeconds: number;
}

export interface AskOptions {
  previousQuestion?: string;
  /**
   * Called with the answer text so far while an answer is being written (LLM streaming), so a
   * front end can update a placeholder in place. Extractive answers are complete at once and do
   * not call it.
   */
  onPartialAnswer?: (textSoFar: string) => void;
}

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

  /** For /healthz and logs: what is indexed and how old the index is. Throws when there is no index. */
  status(): IndexStatus {
    const index = this.index();
    const builtAt = index.manifest.createdAt;
    return {
      documents: index.manifest.documents.length,
      passages: index.manifest.chunkCount,
      generation: index.generation,
      builtAt,
      ageSeconds: Math.max(0, Math.round((this.clock().getTime() - Date.parse(builtAt)) / 1000)),
    };
  }

  documents(): DocumentEntry[] {
    return this.index().manifest.documents;
  }

  municipalities(): string[] {
    return [...documentCatalogue(this.index()).municipalities];
  }

  /**
   * Adds (or replaces) a document from bytes — a coordinator's upload — and ingests it. The bytes
   * are parsed before anything is written; if ingesting fails the corpus is restored.
   */
  async addDocument(fileName: string, bytes: Buffer): Promise<{ file: string; replaced: boolean; report: IngestReport }> {
    const staged = await stageUpload(this.deps.config.corpusDir, fileName, bytes, this.deps.config.limits);
    try {
      const report = await this.reindex([staged.file]);
      const outcome = report.files.find((f) => f.path.endsWith(path.basename(staged.file)));
      if (outcome?.status === "failed") {
        staged.rollback();
        throw new StyrdokError("corrupt-file", `${path.basename(staged.file)}: ${outcome.error ?? "could not be indexed"}`);
      }
      return { file: staged.file, replaced: staged.replaced, report };
    } catch (error) {
      if (!(error instanceof StyrdokError && error.code === "corrupt-file")) staged.rollback();
      throw error;
    }
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
  async retrieve(question: string, k = PASSAGES_RETURNED, mode: SearchMode = this.deps.searchMode ?? "full"): Promise<Retrieval> {
    const index = this.index();
    const query = analyseQuery(question, this.deps.kit);
    const { idsByMunicipality } = documentCatalogue(index);
    const named = query.municipalities.filter((m) => idsByMunicipality.has(m));
    const unknown = query.municipalities.filter((m) => !idsByMunicipality.has(m));
    const documents = named.length ? new Set(named.flatMap((m) => idsByMunicipality.get(m)!)) : undefined;
    if (unknown.length && !named.length) return { index, query, hits: [], unknown };
    const vector = await this.deps.embeddings.embeddings.embedQuery(query.embeddingText);
    const hits = search(index, this.deps.kit, query, vector, { k, documents, mode, vectorWeight: this.deps.embeddings.fusionWeight });
    return { index, query, hits, unknown };
  }

  /**
   * Answers a question. `previousQuestion` (the question before it in a conversation) makes a
   * follow-up such as "och i Gävle?" standalone first; the Answer carries the standalone question.
   */
  async ask(rawQuestion: string, options: AskOptions = {}): Promise<Answer> {
    const asked = cleanQuestion(rawQuestion, this.deps.config.limits.maxQuestionChars);
    const previous = options.previousQuestion ? cleanQuestion(options.previousQuestion, this.deps.config.limits.maxQuestionChars) : undefined;
    const question = standaloneQuestion(asked, previous, this.deps.kit);
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
