/**
 * The engine every front end calls: ask a question, list the documents, reindex. It owns the
 * loaded index and swaps it for a newer generation as soon as one is published (by this process
 * or by `npm run ingest` elsewhere), so questions never see a half-built index.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Config } from "./config";
import type { Answer, Language } from "./domain";
import { isStyrdokError, StyrdokError } from "./errors";
import { compose, type ComposeContext, type Found } from "./answer/compose";
import { shouldAbstain } from "./answer/abstain";
import { courtesyAnswer } from "./answer/courtesy";
import type { NamedEmbeddings } from "./index/embeddings";
import { documentCatalogue } from "./index/catalogue";
import { unpublishDamaged } from "./index/repair";
import { currentGeneration, loadIndex, type DocumentEntry, type LoadedIndex } from "./index/store";
import { ingest } from "./ingest/pipeline";
import { stageUpload } from "./ingest/upload";
import type { IngestReport } from "./ingest/report";
import type { LogFields, Logger } from "./log";
import type { LanguageKit } from "./retrieve/kit";
import { standaloneQuestion } from "./retrieve/follow-up";
import { analyseQuery, type AnalysedQuery } from "./retrieve/query";
import { search, type SearchHit, type SearchMode, type SearchWeights } from "./retrieve/search";
import { withIndexVocabulary } from "./retrieve/unknown-words";

export interface EngineDeps {
  config: Config;
  kit: LanguageKit;
  embeddings: NamedEmbeddings;
  logger: Logger;
  /** Writes fluent answers (an LLM); without one every answer is extractive. */
  writer?: AnswerWriter;
  clock?: () => Date;
  /** Only for measuring: run part of the search (see SearchMode). */
  searchMode?: SearchMode;
  /** Only for measuring: re-scoring weights other than the defaults (see SearchWeights). */
  searchWeights?: SearchWeights;
}

/** What the engine hands an answer writer: the retrieval, and the offline answer to fall back on. */
export interface AnswerDraft {
  index: LoadedIndex;
  query: AnalysedQuery;
  hits: SearchHit[];
  extractive: Answer;
  /** ISO date, for warnings about documents past their revision date. */
  today: string;
}

/** The model's part in answering one question. Its methods fall back; they never throw. */
export interface AnswerTurn {
  /** The follow-up made standalone by the model, or undefined to use the offline rewrite. */
  standalone(question: string, previous: string): Promise<string | undefined>;
  /** Extra Swedish search terms for the question; none unless query help is on. */
  searchTerms(question: string): Promise<string[]>;
  /** The written answer, or the extractive one with a note saying why. */
  write(draft: AnswerDraft, onPartialAnswer?: (textSoFar: string) => void): Promise<Answer>;
}

export interface AnswerWriter {
  /** Starts one question: every model call for it shares one time limit. */
  begin(): AnswerTurn;
}

export interface RetrieveOptions {
  /** Extra Swedish search terms (a model's, with query help on). */
  searchTerms?: readonly string[];
  /** The question's vector, when already at hand: not computed again. */
  vector?: number[];
}

export type Retrieval = Found;

export const PASSAGES_RETURNED = 10;

/**
 * How much more of a question (idf-weighted coverage, 0–1) the best passage of all documents must
 * cover than the best of a named agency's own before the agency is taken as the question's subject
 * rather than its issuer. Measured on held-out set F: 0.2 and 0.3 widened one question rightly,
 * 0.1 one wrongly too.
 */
const WIDER_COVERAGE_MARGIN = 0.3;

const WARM_UP_QUESTIONS = [
  "vem ansvarar för uppföljningen av arbetet?",
  "who adopted the strategy and when is it up for revision?",
  "vilka kommuner nämner hållbar utveckling?",
  "how many projects are reported each year?",
];

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
  /** Who asked and where (front end, Slack user and channel), for the question's log line. */
  origin?: LogFields;
}

export class Engine {
  private loaded: LoadedIndex | null = null;
  /** A published generation that could not be loaded: not retried on every question. */
  private unreadable: string | null = null;
  private readonly clock: () => Date;

  constructor(private readonly deps: EngineDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The language layer the engine analyses questions with, for tools that read them as it does (the eval). */
  get kit(): LanguageKit {
    return this.deps.kit;
  }

  /**
   * The current index, reloaded when a newer generation has been published. If the newer one cannot
   * be read, questions keep being answered from the one already loaded, and the failure is logged.
   */
  index(): LoadedIndex {
    const current = currentGeneration(this.deps.config.indexDir);
    if (this.loaded && (current === this.loaded.generation || current === this.unreadable)) return this.loaded;
    try {
      return this.reload();
    } catch (error) {
      if (!this.loaded || !isStyrdokError(error)) throw error;
      this.unreadable = current;
      this.deps.logger.error("index.reload_failed", { generation: current, serving: this.loaded.generation, error });
      return this.loaded;
    }
  }

  private reload(): LoadedIndex {
    const { indexDir } = this.deps.config;
    for (let attempt = 1; ; attempt++) {
      const before = currentGeneration(indexDir);
      try {
        this.loaded = loadIndex(indexDir, { embeddings: this.deps.embeddings.info, analyzer: this.deps.kit.analyzer.name });
        this.deps.logger.info("index.loaded", { generation: this.loaded.generation, documents: this.loaded.manifest.documents.length });
        return this.loaded;
      } catch (error) {
        // A newer reindex published and removed the generation while it was being read: read the newer one.
        if (attempt < 3 && currentGeneration(indexDir) !== before) continue;
        throw error;
      }
    }
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

  /**
   * Runs a few searches so the first real question does not pay for compiling the hot paths and
   * loading the language data (measured: p95 of first questions 41 ms → 13 ms at 10,000 documents).
   * Model embeddings are not asked for the warm-up questions' vectors: that would be paid calls at
   * every start. A stand-in vector of the index's size runs the same search code.
   */
  async warmUp(): Promise<void> {
    const { embeddings } = this.deps;
    const vector = embeddings.fromTerms ? undefined : Array.from({ length: embeddings.info.dimensions }, (_, i) => (i === 0 ? 1 : 0));
    for (const question of WARM_UP_QUESTIONS) await this.retrieve(question, PASSAGES_RETURNED, { vector }).catch(() => undefined);
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
      if (outcome?.status === "skipped") {
        // The same document is indexed already. A file it replaced left the index with it, so
        // the file put back is indexed again.
        staged.rollback();
        if (staged.replaced) await this.reindex([staged.file]);
        throw new StyrdokError("duplicate", `${path.basename(staged.file)}: ${outcome.error ?? "already indexed"}`);
      }
      return { file: staged.file, replaced: staged.replaced, report };
    } catch (error) {
      if (!isStyrdokError(error, "corrupt-file") && !isStyrdokError(error, "duplicate")) staged.rollback();
      throw error;
    }
  }

  /**
   * Incremental reindex of the corpus (or the given paths). An index that turns out to be damaged
   * is rebuilt from the documents rather than reported again and again: by the ingest that needs
   * its passages, or by the check that a run that changed nothing left a readable index behind.
   */
  async reindex(paths: string[] = []): Promise<IngestReport> {
    const { config, logger } = this.deps;
    try {
      const report = await this.ingest(paths);
      if (!report.indexWritten && currentGeneration(config.indexDir) !== this.loaded?.generation) this.reload();
      return report;
    } catch (error) {
      if (!isStyrdokError(error, "index-damaged")) throw error;
      const sources = await unpublishDamaged(config.indexDir, currentGeneration(config.indexDir));
      logger.warn("index.damaged", { error: error.cause ?? error, action: "rebuilding the index from the documents" });
      const roots = paths.length ? [config.corpusDir, ...paths] : [config.corpusDir];
      return this.ingest([...new Set([...roots, ...sources.filter((file) => existsSync(file))])]);
    }
  }

  private async ingest(paths: string[]): Promise<IngestReport> {
    const { config, embeddings, kit, logger } = this.deps;
    const report = await ingest(
      { indexDir: config.indexDir, corpusDir: config.corpusDir, limits: config.limits, embeddings, analyzer: kit.analyzer, findPublicBodies: kit.findPublicBodies, logger, clock: this.clock },
      paths,
    );
    logger.info("ingest.done", { added: report.added, updated: report.updated, removed: report.removed, failed: report.failed, ms: report.ms });
    return report;
  }

  /** How every search of this engine runs: the embeddings' say in the fusion, and what is measured. */
  private searchOptions(): ComposeContext["searchOptions"] {
    const { vector, ...features } = this.deps.searchWeights ?? {};
    return { mode: this.deps.searchMode, vectorWeight: vector ?? this.deps.embeddings.fusionWeight, weights: features };
  }

  /** Search only: the analysed question and the ranked passages, scoped to the municipalities it names. */
  async retrieve(question: string, k = PASSAGES_RETURNED, options: RetrieveOptions = {}): Promise<Retrieval> {
    const index = this.index();
    const query = withIndexVocabulary(analyseQuery(question, this.deps.kit, options.searchTerms), index.lexical);
    const { idsByMunicipality } = documentCatalogue(index);
    // An agency named in the question scopes the search only when it issued documents here;
    // otherwise it is a subject ("what does the guideline say about Försäkringskassan?").
    const named = [...query.municipalities, ...query.agencies].filter((m) => idsByMunicipality.has(m));
    const unknown = query.municipalities.filter((m) => !idsByMunicipality.has(m));
    const documents = named.length ? new Set(named.flatMap((m) => idsByMunicipality.get(m)!)) : undefined;
    if (unknown.length && !named.length) return { index, query, hits: [], unknown, named, vector: null };
    const vector = options.vector ?? (await this.deps.embeddings.embeddings.embedQuery(query.embeddingText));
    const searchIn = (scope: ReadonlySet<string> | undefined) => search(index, this.deps.kit, query, vector, { k, documents: scope, ...this.searchOptions() });
    const hits = searchIn(documents);
    // A named agency may be what the text talks about rather than its issuer ("vad prioriterar
    // regeringen i EU-politiken?" asked of the Statement of Government Policy, "Naturvårdsverket
    // och CBAM?" asked of a list of new laws): when no municipality was named, the best passage of
    // all documents answers instead when the agency's own do not answer, or cover much less of the
    // question.
    const agencyOnly = named.length > 0 && !query.municipalities.some((m) => named.includes(m));
    if (agencyOnly) {
      const covers = (found: SearchHit[]) => found[0]?.coverage ?? 0;
      const scopedAbstains = shouldAbstain(hits, query);
      // Coverage is at most 1, so an own answer within the margin of it cannot be beaten: no second search.
      if (scopedAbstains || covers(hits) + WIDER_COVERAGE_MARGIN < 1) {
        const wider = searchIn(undefined);
        const better = scopedAbstains || covers(wider) > covers(hits) + WIDER_COVERAGE_MARGIN;
        if (better && !shouldAbstain(wider, query)) return { index, query, hits: wider, unknown, named: [], vector };
      }
    }
    return { index, query, hits, unknown, named, vector };
  }

  /**
   * Answers a question. `previousQuestion` (the question before it in a conversation) makes a
   * follow-up such as "och i Gävle?" standalone first; the Answer carries the standalone question.
   * With an answer writer (an LLM) the model may make the follow-up standalone, add search terms and
   * write the answer; the offline rewrite and the extractive answer are its fallbacks.
   */
  async ask(rawQuestion: string, options: AskOptions = {}): Promise<Answer> {
    const { kit } = this.deps;
    const { limits } = this.deps.config;
    const started = performance.now();
    const asked = cleanQuestion(rawQuestion, limits.maxQuestionChars);
    const courtesy = courtesyAnswer(asked, () => this.municipalities());
    if (courtesy) return courtesy;
    const previous = options.previousQuestion ? cleanQuestion(options.previousQuestion, limits.maxQuestionChars) : undefined;
    const turn = this.deps.writer?.begin();
    const rewritten = previous && turn ? await turn.standalone(asked, previous) : undefined;
    const question = rewritten ? cleanQuestion(rewritten, limits.maxQuestionChars) : standaloneQuestion(asked, previous, kit);
    const found = await this.retrieve(question, PASSAGES_RETURNED, { searchTerms: await turn?.searchTerms(question) });
    const today = this.clock().toISOString().slice(0, 10);
    const composed = compose(found, {
      kit,
      municipalities: [...documentCatalogue(found.index).municipalities],
      today,
      k: PASSAGES_RETURNED,
      searchOptions: this.searchOptions(),
    });
    // Only a plain answer from the passages is the model's to write; abstentions, metadata and
    // per-municipality answers are structured and stay as built.
    const written =
      composed.kind === "extractive" && turn
        ? await turn.write({ index: found.index, query: found.query, hits: found.hits, extractive: composed.answer, today }, options.onPartialAnswer)
        : composed.answer;
    const shortened = shortenedWarning(rawQuestion, limits.maxQuestionChars, written.language);
    const answer = shortened ? { ...written, warnings: [...written.warnings, shortened] } : written;
    this.deps.logger.info("question.answered", {
      ...options.origin,
      question,
      language: answer.language,
      ms: Math.round(performance.now() - started),
      abstained: answer.abstained,
      cited: [...new Set(answer.citations.map((c) => c.docId))],
    });
    return answer;
  }
}

/**
 * Control characters out; invisible format characters (zero-width spaces and joiners, direction
 * overrides, byte order marks) and lone surrogate halves removed, so "v\u200bem" is "vem" again;
 * whitespace collapsed; length capped. A question without a letter or digit is refused.
 */
export function cleanQuestion(raw: string, maxChars: number): string {
  const question = normalizedQuestion(raw)
    .slice(0, maxChars)
    .replace(/[\uD800-\uDBFF]$/, "")
    .trim();
  if (!/[\p{L}\p{N}]/u.test(question)) throw new StyrdokError("bad-request", "Ask a question, for example: who follows up international work in Växjö?");
  return question;
}

function normalizedQuestion(raw: string): string {
  return raw
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/[\p{Cf}\p{Cs}]+/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

const SHORTENED: Record<Language, (max: string) => string> = {
  sv: (max) => `Frågan var längre än ${max} tecken, så jag sökte bara på de första ${max}.`,
  en: (max) => `The question was longer than ${max} characters, so I searched on the first ${max} only.`,
};

/** A warning when the question was cut to the length limit, or null; "2 000" / "2,000" by language. */
export function shortenedWarning(raw: string, maxChars: number, language: Language): string | null {
  if (normalizedQuestion(raw).length <= maxChars) return null;
  return SHORTENED[language](maxChars.toLocaleString(language === "sv" ? "sv-SE" : "en-GB").replace(/\u00a0/g, " "));
}
