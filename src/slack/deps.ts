/**
 * Everything the listeners use, built once per app and passed in: the engine, the bot's memory,
 * the feedback log, the file downloader, the clock. Tests build the same object, so nothing is
 * patched at module level.
 */
import path from "node:path";
import type { Config } from "../config";
import type { Engine } from "../engine";
import { InFlight } from "../in-flight";
import type { Logger } from "../log";
import { FeedbackLog } from "./feedback-log";
import { downloadFile, type SlackFile } from "./files";
import { AnswerStore, ThreadMemory } from "./memory";

/** The engine as the Slack front end uses it. */
export type SlackEngine = Pick<Engine, "ask" | "documents" | "municipalities" | "reindex" | "addDocument" | "status">;

export interface Timing {
  /** Post a "searching …" placeholder when an answer is not ready after this long. */
  placeholderAfterMs: number;
  /** Update a streaming answer in place at most this often. */
  updateEveryMs: number;
}

export interface SlackDeps {
  config: Config;
  engine: SlackEngine;
  logger: Logger;
  memory: ThreadMemory;
  answers: AnswerStore;
  feedback: FeedbackLog;
  download: (file: SlackFile) => Promise<Buffer>;
  /** For response_url posts outside Bolt's `respond` (the global error handler). */
  fetch: typeof fetch;
  clock: () => Date;
  timing: Timing;
  /** Events, commands and clicks being handled: a shutdown waits for them. */
  inFlight: InFlight;
}

export interface SlackDepsOptions {
  fetch?: typeof fetch;
  clock?: () => Date;
  timing?: Partial<Timing>;
}

export const DEFAULT_TIMING: Timing = { placeholderAfterMs: 700, updateEveryMs: 1000 };

export function createSlackDeps(
  runtime: { config: Config; engine: SlackEngine; logger: Logger },
  options: SlackDepsOptions = {},
): SlackDeps {
  const { config } = runtime;
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().getTime();
  const fetchFn = options.fetch ?? fetch;
  return {
    ...runtime,
    memory: new ThreadMemory(now),
    answers: new AnswerStore(now),
    feedback: new FeedbackLog(path.join(config.dataDir, "feedback.jsonl")),
    download: (file) =>
      downloadFile(file, { botToken: config.slack.botToken ?? "", apiUrl: config.slack.apiUrl, maxBytes: config.limits.maxFileBytes, fetch: fetchFn }),
    fetch: fetchFn,
    clock,
    timing: { ...DEFAULT_TIMING, ...options.timing },
    inFlight: new InFlight(),
  };
}

export function isCoordinator(config: Config, userId: string | undefined): boolean {
  return userId !== undefined && config.slack.coordinators.includes(userId);
}

export function today(deps: Pick<SlackDeps, "clock">): string {
  return deps.clock().toISOString().slice(0, 10);
}
