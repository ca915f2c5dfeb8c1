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

/** FNV-1a, 32 bit: fast, well spread, and the same on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
  private readonly dimensions: number;
  private readonly ngrams: number[];
  private readonly tokenize: FeatureTokenizer;

  constructor(options: HashEmbeddingsOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? 256;
    this.ngrams = options.ngrams ?? [3, 4];
    this.tokenize = options.tokenize ?? plainWords;
    const tokenizer = options.tokenizerName ?? "plain";
    this.info = { name: `local-hash-v1-${tokenizer}-${this.ngrams.join("")}`, dimensions: this.dimensions };
  }

  embed(text: string): Float32Array {
    const counts = new Map<number, number>();
    const add = (feature: string, weight: number) => {
      const h = hash(feature);
      const slot = h % this.dimensions;
      const signed = h & 0x80000000 ? -weight : weight;
      counts.set(slot, (counts.get(slot) ?? 0) + signed);
    };
    for (const word of this.tokenize(text)) {
      add(`w:${word}`, 1);
      const marked = `<${word}>`;
      for (const n of this.ngrams) {
        if (marked.length < n) continue;
        const share = 1 / Math.max(1, marked.length - n + 1);
        for (let i = 0; i + n <= marked.length; i++) add(marked.slice(i, i + n), share);
      }
    }
    const vector = new Float32Array(this.dimensions);
    let norm = 0;
    for (const [slot, value] of counts) {
      const scaled = Math.sign(value) * Math.log1p(Math.abs(value));
      vector[slot] = scaled;
      norm += scaled * scaled;
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
    return { embeddings, info: embeddings.info, fusionWeight: 0.1 };
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
