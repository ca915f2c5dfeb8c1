/**
 * Bolt's and the Web API client's log lines, sent through styrdok's structured logger so they are
 * JSON like the rest and pass its secret redaction (Bolt's debug output includes request bodies).
 */
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger, LogLevel as StyrdokLevel } from "../log";

function describe(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

export const BOLT_LEVELS: Record<StyrdokLevel, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/** Our logger filters by level itself; the level kept here is only what Bolt asks for and reads back. */
export function boltLogger(logger: Logger, level: StyrdokLevel): BoltLogger {
  let current = BOLT_LEVELS[level];
  const forward = (method: keyof Logger) => (...parts: unknown[]) => logger[method]("slack.bolt", { message: parts.map(describe).join(" ") });
  return {
    debug: forward("debug"),
    info: forward("info"),
    warn: forward("warn"),
    error: forward("error"),
    setLevel(next: LogLevel) {
      current = next;
    },
    getLevel: () => current,
    setName() {},
  };
}
