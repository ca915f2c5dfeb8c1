/**
 * The HTTP plumbing of the web server: bounded JSON bodies, JSON and file responses, and errors
 * turned into `{ "error": "…" }` with a status — never a stack trace.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { StyrdokError, type ErrorCode } from "../errors";

/** A question and the one before it fit many times over; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A request the server refuses, with the status to answer and a message saying what to send instead. */
export class HttpError extends StyrdokError {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super("bad-request", message);
  }
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  "bad-request": 400,
  forbidden: 403,
  "too-large": 413,
  "rate-limited": 429,
  "index-missing": 503,
  "index-incompatible": 503,
  "index-damaged": 503,
  "index-locked": 503,
  timeout: 504,
};

export const INTERNAL_ERROR = "Something went wrong on the server; the server log has the details. Try again in a moment.";

/** The status and the message a person may see for an error; unknown errors stay in the log. */
export function errorResponse(error: unknown): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof StyrdokError) return { status: STATUS_OF[error.code] ?? 500, message: error.message };
  return { status: 500, message: INTERNAL_ERROR };
}

/** Applied to every response: the page loads nothing from elsewhere and runs no inline script. */
export const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": contentType, "cache-control": "no-cache", ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value), headers);
}

/**
 * Sends `{ "error": message }`. A body left unread (refused early) is drained so the client still
 * receives the answer; after a body too large the connection is closed rather than kept for more.
 */
export function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const extra = { ...headers };
  if (!req.complete) req.resume();
  if (status === 413) extra.connection = "close";
  sendJson(res, status, { error: message }, extra);
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `The request body is larger than ${limit / 1024} KB. Send only {"question": "…"} (and "previousQuestion").`);
}

/** The body as text, refused with 413 as soon as it passes `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData);
      reject(tooLarge(limit));
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export const EXAMPLE_BODY = '{"question": "who follows up international work in Växjö?"}';

/** A JSON request body; 415 when it is not declared as JSON, 400 when it does not parse. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, `Send the body as JSON with the header "Content-Type: application/json", for example ${EXAMPLE_BODY}.`);
  }
  const text = await readBody(req, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, `The request body is not valid JSON. Send for example ${EXAMPLE_BODY}.`);
  }
}
