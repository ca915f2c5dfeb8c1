/**
 * Structured logs: one JSON object a line on stderr, so stdout stays clean for `--json` output.
 * Secrets never reach a log line: values of known secret fields are masked and token-shaped
 * strings anywhere in a message are redacted.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEYS = /token|secret|password|api[-_]?key|authorization/i;
const SECRET_VALUES = /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|sk-[A-Za-z0-9_-]{8,})/g;

export function redact(value: unknown, key = ""): unknown {
  if (SECRET_KEYS.test(key) && value !== undefined && value !== null && value !== "") return "[redacted]";
  if (typeof value === "string") return value.replace(SECRET_VALUES, "[redacted]");
  if (value instanceof Error) return { name: value.name, message: redact(value.message) };
  if (Array.isArray(value)) return value.map((v) => redact(v));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}

export function createLogger(
  options: { level?: LogLevel; write?: (line: string) => void; clock?: () => Date } = {},
): Logger {
  const min = LEVELS[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const clock = options.clock ?? (() => new Date());
  const log = (level: LogLevel) => (event: string, fields: LogFields = {}) => {
    if (LEVELS[level] < min) return;
    const entry = { time: clock().toISOString(), level, event, ...(redact(fields) as LogFields) };
    write(JSON.stringify(entry));
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
