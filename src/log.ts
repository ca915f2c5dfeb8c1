/**
 * Structured logs: one JSON object a line on stderr, so stdout stays clean for `--json` output.
 * Secrets never reach a log line: values of known secret fields are masked, and token-shaped
 * strings and the configured secrets themselves are redacted wherever they appear.
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
/** Shorter configured "secrets" (OPENAI_API_KEY=local for a self-hosted server) are not worth hiding. */
const MIN_SECRET_LENGTH = 8;
const MAX_DEPTH = 6;

/**
 * A redactor for log fields: values of secret-named fields masked, token-shaped strings anywhere
 * replaced, and the configured secrets themselves replaced wherever they appear — an Azure key or
 * a signing secret has no recognisable shape. Errors keep their name, message and cause.
 */
export function redactor(secrets: readonly (string | undefined)[] = []): (value: unknown) => unknown {
  const known = [...new Set(secrets.filter((s): s is string => typeof s === "string" && s.length >= MIN_SECRET_LENGTH))];
  const scrub = (text: string) => known.reduce((out, secret) => out.replaceAll(secret, "[redacted]"), text.replace(SECRET_VALUES, "[redacted]"));
  const walk = (value: unknown, key: string, depth: number): unknown => {
    if (SECRET_KEYS.test(key) && value !== undefined && value !== null && value !== "") return "[redacted]";
    if (typeof value === "string") return scrub(value);
    if (depth > MAX_DEPTH) return "[…]";
    if (value instanceof Error) {
      const cause = value.cause === undefined ? {} : { cause: walk(value.cause, "", depth + 1) };
      return { name: value.name, message: scrub(value.message), ...cause };
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, "", depth + 1));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, depth + 1)]));
    }
    return value;
  };
  return (value) => walk(value, "", 0);
}

export function createLogger(
  options: { level?: LogLevel; write?: (line: string) => void; clock?: () => Date; secrets?: readonly (string | undefined)[] } = {},
): Logger {
  const min = LEVELS[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const clock = options.clock ?? (() => new Date());
  const clean = redactor(options.secrets);
  const log = (level: LogLevel) => (event: string, fields: LogFields = {}) => {
    if (LEVELS[level] < min) return;
    const entry = { time: clock().toISOString(), level, event, ...(clean(fields) as LogFields) };
    write(JSON.stringify(entry));
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
