/** Wiring: configuration → language kit, embeddings, engine. The one place the parts meet. */
import { loadConfig, loadDotEnv, secretsOf, type Config } from "./config";
import { Engine } from "./engine";
import { createLlmWriter } from "./answer/llm";
import { createEmbeddings, HashEmbeddings } from "./index/embeddings";
import { createLanguageKit } from "./language/kit";
import { createLogger, type Logger } from "./log";
import type { SearchMode, SearchWeights } from "./retrieve/search";

export interface Runtime {
  config: Config;
  logger: Logger;
  engine: Engine;
}

export interface RuntimeOptions {
  config?: Config;
  logger?: Logger;
  /** Command-line use: only warnings and errors are logged unless LOG_LEVEL asks for more. */
  quiet?: boolean;
  /** Only for measuring (npm run eval -- --mode): run part of the search. */
  searchMode?: SearchMode;
  /** Only for measuring (npm run eval -- --weights): re-scoring weights other than the defaults. */
  searchWeights?: SearchWeights;
}

export async function createRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  if (!options.config) loadDotEnv();
  const config = options.config ?? loadConfig(process.env, options.quiet && !process.env.LOG_LEVEL ? { logLevel: "warn" } : {});
  const logger = options.logger ?? createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const kit = createLanguageKit();
  const embeddings = await createEmbeddings(config, () => new HashEmbeddings({ tokenize: kit.analyzer.terms.bind(kit.analyzer), tokenizerName: kit.analyzer.name }));
  // An API key turns on LLM answers; without one every answer is extractive and offline.
  const writer = config.openai.apiKey ? createLlmWriter(config, kit, logger) : undefined;
  return { config, logger, engine: new Engine({ config, kit, embeddings, logger, writer, searchMode: options.searchMode, searchWeights: options.searchWeights }) };
}
