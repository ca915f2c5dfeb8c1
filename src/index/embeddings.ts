/**
 * Embeddings behind LangChain's `Embeddings` interface.
 *
 * The default is local and deterministic: no network, no model download. A text becomes a bag of
 * hashed features — its words and the character n-grams of its words — folded into a fixed number
 * of dimensions with the signed hashing trick, log-scaled and L2-normalised. Character n-grams let
 * inflections and compounds meet ("uppföljningen" shares most n-grams with "uppföljning") where the
 * lexical index needs exact terms. `EMBEDDINGS=openai` swaps in OpenAIEmbeddings (AzureOpenAIEmbeddings for
 * Azure deployments addressed with OPENAI_API_VERSION).
 */
import { Embeddings } from "@langchain/core/embeddings";
import { AzureOpenAIEmbeddings, OpenAIEmbeddings } from "@langchain/openai";
import type { Config } from "../config";

export interface EmbeddingsInfo {
  name: string;
  dimensions: number;
}

export interface NamedEmbeddings {
  embeddings: Embeddings;
  info: EmbeddingsInfo;
  /**
   * Weight of the vector side in hybrid search. Measured with npm run eval: the local hashed
   * embeddings add little beside BM25 and cost accuracy on documents never tuned on at equal
   * weight, so they get 0.1; model embeddings carry meaning BM25 cannot and get 1.
   */
  fusionWeight: number;
  /**
   * Set when the vectors are computed from a text analyzer's terms (the local embeddings): ingest,
   * which has just analysed each passage for the lexical index, hands the terms over instead of
   * having the text analysed a second time. `analyzer` names the analyzer whose terms it takes.
   */
  fromTerms?: { analyzer: string; embed(terms: readonly string[]): Float32Array };
}

export type FeatureTokenizer = (text: string) => string[];

/** Lower-case, diacritics folded, letters and digits only: a tokenizer with no language knowledge. */
export const plainWords: FeatureTokenizer = (text) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_PREFIX = [..."w:"].map((c) => c.charCodeAt(0));
const START = "<".charCodeAt(0);
const END = ">".charCodeAt(0);

export interface HashEmbeddingsOptions {
  dimensions?: number;
  /** Character n-gram sizes taken from each word (with boundary marks). */
  ngrams?: number[];
  tokenize?: FeatureTokenizer;
  /** Part of the name recorded in the index, so a different tokenizer forces a reindex. */
  tokenizerName?: string;
}

export class HashEmbeddings extends Embeddings {
  readonly info: EmbeddingsInfo;
  /** The tokenizer's name: when it is a text analyzer's, ingest passes that analyzer's terms to embedWords. */
  readonly tokenizerName: string;
  private readonly dimensions: number;
  private readonly ngrams: number[];
  private readonly tokenize: FeatureTokenizer;
  /** Scratch space reused by every call (embedding is synchronous). */
  private readonly sums: Float64Array;
  private readonly seen: Uint8Array;
  private readonly order: Uint32Array;
  private codes = new Uint16Array(64);

  constructor(options: HashEmbeddingsOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? 256;
    this.ngrams = options.ngrams ?? [3, 4];
    this.tokenize = options.tokenize ?? plainWords;
    this.tokenizerName = options.tokenizerName ?? "plain";
    this.info = { name: `local-hash-v1-${this.tokenizerName}-${this.ngrams.join("")}`, dimensions: this.dimensions };
    this.sums = new Float64Array(this.dimensions);
    this.seen = new Uint8Array(this.dimensions);
    this.order = new Uint32Array(this.dimensions);
  }

  embed(text: string): Float32Array {
    return this.embedWords(this.tokenize(text));
  }

  /**
   * The vector of already tokenised words. Features are hashed with FNV-1a, 32 bit (fast, well
   * spread, the same on every machine): "w:" + the word, and each character n-gram of "<word>",
   * hashed from character codes rather than sliced strings.
   */
  embedWords(words: readonly string[]): Float32Array {
    let touched = 0;
    const add = (h: number, weight: number) => {
      const slot = (h >>> 0) % this.dimensions;
      if (!this.seen[slot]) {
        this.seen[slot] = 1;
        this.order[touched++] = slot;
      }
      this.sums[slot]! += h & 0x80000000 ? -weight : weight;
    };
    for (const word of words) {
      const length = word.length + 2;
      if (this.codes.length < length) this.codes = new Uint16Array(length * 2);
      const codes = this.codes;
      codes[0] = START;
      for (let i = 0; i < word.length; i++) codes[i + 1] = word.charCodeAt(i);
      codes[length - 1] = END;
      let h = FNV_OFFSET;
      for (const c of WORD_PREFIX) h = Math.imul(h ^ c, FNV_PRIME);
      for (let i = 1; i < length - 1; i++) h = Math.imul(h ^ codes[i]!, FNV_PRIME);
      add(h, 1);
      for (const n of this.ngrams) {
        if (length < n) continue;
        const share = 1 / Math.max(1, length - n + 1);
        for (let i = 0; i + n <= length; i++) {
          let g = FNV_OFFSET;
          for (let j = i; j < i + n; j++) g = Math.imul(g ^ codes[j]!, FNV_PRIME);
          add(g, share);
        }
      }
    }
    const vector = new Float32Array(this.dimensions);
    let norm = 0;
    for (let i = 0; i < touched; i++) {
      const slot = this.order[i]!;
      const value = this.sums[slot]!;
      const scaled = Math.sign(value) * Math.log1p(Math.abs(value));
      vector[slot] = scaled;
      norm += scaled * scaled;
      this.sums[slot] = 0;
      this.seen[slot] = 0;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
    return vector;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => Array.from(this.embed(d)));
  }

  async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.embed(document));
  }
}

/** Azure OpenAI's deployments URL for a resource endpoint (https://RESOURCE.openai.azure.com). */
export function azureDeploymentsUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, "")}/openai/deployments`;
}

/** The embeddings the configuration asks for, with the name and size the index records. */
export async function createEmbeddings(config: Config, local: () => HashEmbeddings): Promise<NamedEmbeddings> {
  if (config.embeddings === "local") {
    const embeddings = local();
    const fromTerms = { analyzer: embeddings.tokenizerName, embed: (terms: readonly string[]) => embeddings.embedWords(terms) };
    return { embeddings, info: embeddings.info, fusionWeight: 0.1, fromTerms };
  }
  const { openai } = config;
  const common = {
    // Compatible servers (vLLM, Ollama, llama.cpp) often return floats only; ask for them explicitly.
    encodingFormat: "float" as const,
    timeout: openai.timeoutMs,
    maxRetries: 2,
  };
  const embeddings = openai.apiVersion
    ? new AzureOpenAIEmbeddings({
        ...common,
        azureOpenAIApiKey: openai.apiKey,
        azureOpenAIBasePath: azureDeploymentsUrl(openai.baseUrl!),
        azureOpenAIApiDeploymentName: openai.embeddingModel,
        azureOpenAIApiVersion: openai.apiVersion,
        // Azure's class sends one text a request unless told otherwise; 16 is what every deployment takes.
        batchSize: 16,
      })
    : new OpenAIEmbeddings({
        ...common,
        apiKey: openai.apiKey,
        model: openai.embeddingModel,
        configuration: openai.baseUrl ? { baseURL: openai.baseUrl } : undefined,
      });
  const probe = await embeddings.embedQuery("styrdokument");
  return { embeddings, info: { name: `openai:${openai.embeddingModel}`, dimensions: probe.length }, fusionWeight: 1 };
}
