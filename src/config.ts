/**
 * The only module that reads process.env. Everything else receives a typed Config.
 * Explicit overrides beat the environment; invalid values fail at start-up with a message that
 * names the variable and says how to fix it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { StyrdokError } from "./errors";
import type { LogLevel } from "./log";

export interface SlackConfig {
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
  command: string;
  coordinators: string[];
}

export interface OpenAIConfig {
  apiKey?: string;
  baseUrl?: string;
  chatModel: string;
  embeddingModel: string;
  /** Everything the model does for one question must be done within this time. */
  timeoutMs: number;
  /** Azure OpenAI deployments API: base URL is the resource endpoint, model names are deployment names. */
  apiVersion?: string;
  /** Let the model add Swedish search terms to English questions before retrieval (off unless measured to help). */
  queryHelp: boolean;
}

export interface Limits {
  /** Largest file ingest will read. */
  maxFileBytes: number;
  /** Wall-clock limit for parsing one file. */
  parseTimeoutMs: number;
  /** Longer questions are cut to this many characters before analysis. */
  maxQuestionChars: number;
  /** Questions (and other requests) per minute per Slack user or web client; 0 is no limit. */
  ratePerMinute: number;
}

export interface Config {
  dataDir: string;
  corpusDir: string;
  indexDir: string;
  port: number;
  host: string;
  embeddings: "local" | "openai";
  slack: SlackConfig;
  openai: OpenAIConfig;
  limits: Limits;
  logLevel: LogLevel;
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new StyrdokError("config", `${name}=${raw} is not valid: use a whole number from ${min} to ${max}.`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new StyrdokError("config", `${name}=${raw} is not valid: use one of ${allowed.join(", ")}.`);
  }
  return raw as T;
}

/** Every secret the configuration can hold, set or not: the logger's redactor keeps those worth hiding. */
export function secretsOf(config: Config): (string | undefined)[] {
  const { botToken, appToken, signingSecret } = config.slack;
  return [botToken, appToken, signingSecret, config.openai.apiKey];
}

/** Loads `.env` from the working directory into the environment, when there is one. */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(text(env, "DATA_DIR") ?? "data");
  const embeddings = oneOf(env, "EMBEDDINGS", ["local", "openai"] as const, "local");
  const apiKey = text(env, "OPENAI_API_KEY");
  if (embeddings === "openai" && !apiKey) {
    throw new StyrdokError(
      "config",
      "EMBEDDINGS=openai needs OPENAI_API_KEY (and OPENAI_BASE_URL for Azure or a self-hosted server); unset EMBEDDINGS to use the local default.",
    );
  }
  if (text(env, "OPENAI_API_VERSION") && !text(env, "OPENAI_BASE_URL")) {
    throw new StyrdokError(
      "config",
      "OPENAI_API_VERSION (Azure OpenAI deployments) needs OPENAI_BASE_URL, the resource endpoint such as https://RESOURCE.openai.azure.com.",
    );
  }
  if (text(env, "OPENAI_QUERY_HELP") === "on" && !apiKey) {
    throw new StyrdokError("config", "OPENAI_QUERY_HELP=on needs OPENAI_API_KEY (the model writes the search terms); unset it to search offline.");
  }
  let command = text(env, "SLACK_COMMAND") ?? "/styrdok";
  if (!command.startsWith("/")) command = `/${command}`;
  const config: Config = {
    dataDir,
    corpusDir: path.resolve(text(env, "CORPUS_DIR") ?? "corpus"),
    indexDir: path.join(dataDir, "index"),
    port: integer(env, "PORT", 3000, 0, 65535),
    host: text(env, "HOST") ?? "127.0.0.1",
    embeddings,
    slack: {
      botToken: text(env, "SLACK_BOT_TOKEN"),
      appToken: text(env, "SLACK_APP_TOKEN"),
      signingSecret: text(env, "SLACK_SIGNING_SECRET"),
      apiUrl: text(env, "SLACK_API_URL"),
      command,
      coordinators: (text(env, "COORDINATORS") ?? "")
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    },
    openai: {
      apiKey,
      baseUrl: text(env, "OPENAI_BASE_URL"),
      chatModel: text(env, "OPENAI_CHAT_MODEL") ?? "gpt-4o-mini",
      embeddingModel: text(env, "OPENAI_EMBEDDING_MODEL") ?? "text-embedding-3-small",
      timeoutMs: integer(env, "OPENAI_TIMEOUT_MS", 20_000, 1_000, 600_000),
      apiVersion: text(env, "OPENAI_API_VERSION"),
      queryHelp: oneOf(env, "OPENAI_QUERY_HELP", ["off", "on"] as const, "off") === "on",
    },
    limits: {
      maxFileBytes: integer(env, "MAX_FILE_MB", 50, 1, 2_000) * 1024 * 1024,
      parseTimeoutMs: integer(env, "PARSE_TIMEOUT_MS", 60_000, 1_000, 3_600_000),
      maxQuestionChars: 2_000,
      ratePerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 20, 0, 100_000),
    },
    logLevel: oneOf(env, "LOG_LEVEL", ["debug", "info", "warn", "error"] as const, "info"),
  };
  return { ...config, ...overrides };
}
